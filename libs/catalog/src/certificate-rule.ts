// What a certificate is verified by: every fact of its all-of group, and one fact of each of its
// any-of groups. Stored per fact as an optional alternative group (facts without one are all-of).

export enum FactGroupKind {
  ALL_OF = 'ALL_OF',
  ANY_OF = 'ANY_OF',
}

export interface FactGroup {
  kind: FactGroupKind;
  factTypes: string[];
}

export function factGroups(facts: readonly { factTypeCode: string; alternativeGroup: string | null }[]): FactGroup[] {
  const allOf = facts.filter((f) => !f.alternativeGroup).map((f) => f.factTypeCode);
  const anyOf = new Map<string, string[]>();
  for (const f of facts)
    if (f.alternativeGroup) anyOf.set(f.alternativeGroup, [...(anyOf.get(f.alternativeGroup) ?? []), f.factTypeCode]);
  const groups: FactGroup[] = [];
  if (allOf.length > 0) groups.push({ kind: FactGroupKind.ALL_OF, factTypes: allOf.sort() });
  for (const key of [...anyOf.keys()].sort())
    groups.push({ kind: FactGroupKind.ANY_OF, factTypes: anyOf.get(key)!.sort() });
  return groups;
}

export interface RuleProblems {
  missing: string[]; // all-of facts not given
  unmet: string[][]; // any-of groups none of whose facts was given
  unexpected: string[]; // given facts the certificate is not verified by
  repeated: string[]; // given more than once
}

// null when the given facts satisfy the rule
export function ruleProblems(groups: readonly FactGroup[], given: readonly string[]): RuleProblems | null {
  const set = new Set(given);
  const known = new Set(groups.flatMap((g) => g.factTypes));
  const problems: RuleProblems = {
    missing: groups
      .filter((g) => g.kind === FactGroupKind.ALL_OF)
      .flatMap((g) => g.factTypes)
      .filter((f) => !set.has(f)),
    unmet: groups
      .filter((g) => g.kind === FactGroupKind.ANY_OF && !g.factTypes.some((f) => set.has(f)))
      .map((g) => g.factTypes),
    unexpected: [...set].filter((f) => !known.has(f)).sort(),
    repeated: [...set].filter((f) => given.indexOf(f) !== given.lastIndexOf(f)).sort(),
  };
  const ok = Object.values(problems).every((p) => p.length === 0);
  return ok ? null : problems;
}

// "居民死亡信息（DEATH）和亲属关系（KINSHIP）；低保（LOW_INCOME_ALLOWANCE）、家庭收入（FAMILY_INCOME）任选其一"
export function describeRule(groups: readonly FactGroup[], nameOf: (code: string) => string): string {
  const label = (code: string) => `${nameOf(code)}（${code}）`;
  return groups
    .map((g) =>
      g.kind === FactGroupKind.ALL_OF
        ? g.factTypes.map(label).join('和')
        : `${g.factTypes.map(label).join('、')}${g.factTypes.length > 1 ? '任选其一' : ''}`,
    )
    .join('；');
}
