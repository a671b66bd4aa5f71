import { TtlCache } from '#gw/common';

// What a change clears. catalog: regions, departments, fact types (and the organisations
// commissioned for them), certificate types and their aliases. sources: data sources, the facts
// they answer for, their grants, and fact-type delegations.
export const REFERENCE_SCOPES = ['catalog', 'sources'] as const;
export type ReferenceScope = (typeof REFERENCE_SCOPES)[number];

export interface ScopeVersion {
  scope: string;
  version: number;
}

// Each scope's version in a reading of the version rows; a scope without a row has never changed.
export function versionsOf(rows: readonly ScopeVersion[]): Map<ReferenceScope, number> {
  const versions = new Map<ReferenceScope, number>(REFERENCE_SCOPES.map((s) => [s, 0]));
  for (const r of rows) if (versions.has(r.scope as ReferenceScope)) versions.set(r.scope as ReferenceScope, r.version);
  return versions;
}

// The scopes whose version moved since the last reading; all of them when there was none, since
// what was cached before the first reading may predate a change.
export function changedScopes(
  seen: ReadonlyMap<ReferenceScope, number> | null,
  rows: readonly ScopeVersion[],
): ReferenceScope[] {
  if (!seen) return [...REFERENCE_SCOPES];
  const now = versionsOf(rows);
  return REFERENCE_SCOPES.filter((s) => now.get(s) !== seen.get(s));
}

// The caches of one instance, by the scopes whose changes they depend on. An entry lives until
// its scope changes (here or on another replica) or, as a safety net, for `ttlMs`.
export class ScopedCaches {
  private readonly byScope = new Map<ReferenceScope, { clear(): void }[]>(REFERENCE_SCOPES.map((s) => [s, []]));
  private seen: Map<ReferenceScope, number> | null = null;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  create<K, V>(scopes: readonly ReferenceScope[]): TtlCache<K, V> {
    const cache = new TtlCache<K, V>(this.ttlMs, this.now);
    for (const s of scopes) this.byScope.get(s)!.push(cache);
    return cache;
  }

  clear(scopes: readonly ReferenceScope[]): void {
    for (const c of new Set(scopes.flatMap((s) => this.byScope.get(s)!))) c.clear();
  }

  // A reading of the version rows: clears the scopes that changed since the last one and
  // returns them.
  observe(rows: readonly ScopeVersion[]): ReferenceScope[] {
    const changed = changedScopes(this.seen, rows);
    this.seen = versionsOf(rows);
    this.clear(changed);
    return changed;
  }
}
