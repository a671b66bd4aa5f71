import { computed, reactive } from 'vue';
import { isRole, type Role } from './roles';

// The signed-in user, kept for this browser tab only (sessionStorage: never localStorage, so
// closing the tab signs out, and nothing outlives the session on a shared counter PC).

export type SignInMode = 'DEVELOPMENT' | 'OIDC' | 'NONE';

export interface Claims {
  sub: string;
  name: string;
  department: string | null;
  region: string | null;
  roles: Role[];
  exp: number;
}

interface Stored {
  token: string;
  mode: SignInMode;
  activeRole: Role;
}

const STORAGE_KEY = 'cg.session';

export type EndReason = 'EXPIRED' | 'INVALID' | 'SIGNED_OUT';

export const session = reactive({
  token: null as string | null,
  claims: null as Claims | null,
  mode: null as SignInMode | null,
  activeRole: null as Role | null,
  ended: null as EndReason | null,
  endedAt: null as Date | null,
});

export const signedIn = computed(() => session.token !== null && session.claims !== null);

export function decodeClaims(token: string): Claims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = new TextDecoder().decode(
      Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    const p = JSON.parse(json) as Record<string, unknown>;
    const roles = Array.isArray(p.roles) ? p.roles.filter(isRole) : [];
    if (typeof p.sub !== 'string' || typeof p.exp !== 'number' || roles.length === 0) return null;
    return {
      sub: p.sub,
      name: typeof p.name === 'string' ? p.name : p.sub,
      department: typeof p.department === 'string' ? p.department : null,
      region: typeof p.region === 'string' ? p.region : null,
      roles,
      exp: p.exp,
    };
  } catch {
    return null;
  }
}

export function tokenExpired(claims: Claims, now = Date.now()): boolean {
  return claims.exp * 1000 <= now;
}

export function startSession(token: string, mode: SignInMode): Claims | null {
  const claims = decodeClaims(token);
  if (!claims || tokenExpired(claims)) return null;
  Object.assign(session, { token, claims, mode, activeRole: claims.roles[0], ended: null, endedAt: null });
  persist();
  return claims;
}

export function setActiveRole(role: Role): void {
  if (!session.claims?.roles.includes(role)) return;
  session.activeRole = role;
  persist();
}

export function endSession(reason: EndReason): void {
  Object.assign(session, { token: null, claims: null, activeRole: null, ended: reason, endedAt: new Date() });
  sessionStorage.removeItem(STORAGE_KEY);
}

// after a reload: the same tab keeps its session until the token expires
export function restoreSession(): void {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return;
  try {
    const stored = JSON.parse(raw) as Stored;
    const claims = decodeClaims(stored.token);
    if (!claims) return sessionStorage.removeItem(STORAGE_KEY);
    if (tokenExpired(claims)) {
      session.mode = stored.mode;
      return endSession('EXPIRED');
    }
    const activeRole = claims.roles.includes(stored.activeRole) ? stored.activeRole : claims.roles[0];
    Object.assign(session, { token: stored.token, claims, mode: stored.mode, activeRole });
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

function persist(): void {
  if (!session.token || !session.mode || !session.activeRole) return;
  // a resident's token carries their ID number: it stays in memory only (a reload signs out)
  if (session.claims?.roles.includes('RESIDENT')) return sessionStorage.removeItem(STORAGE_KEY);
  const stored: Stored = { token: session.token, mode: session.mode, activeRole: session.activeRole };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

// checks the clock, so an idle page shows "登录已过期" instead of failing on the next click
export function watchExpiry(onEnd: () => void, everyMs = 5000): () => void {
  const timer = setInterval(() => {
    if (session.claims && tokenExpired(session.claims)) {
      endSession('EXPIRED');
      onEnd();
    }
  }, everyMs);
  return () => clearInterval(timer);
}
