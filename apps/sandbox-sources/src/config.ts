import { DEFAULT_SEED, DEFAULT_SIZE, MAX_SIZE } from './population';
import { Fault, parseFault } from './server';
import { SOURCE_CODES } from './sources';

// Configuration of the standalone sandbox process, from the environment.

export interface SandboxConfig {
  port: number;
  host: string;
  publicUrl?: string;
  seed: number;
  size: number;
  gatewayJwksUrl: string;
  faults: Record<string, Fault>;
}

export class SandboxConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid sandbox configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SandboxConfigError';
  }
}

export const DEFAULT_GATEWAY_JWKS_URL = 'http://127.0.0.1:3000/.well-known/jwks.json';

// Reads every setting, collecting all problems into one SandboxConfigError.
export function loadSandboxConfig(env: Record<string, string | undefined> = process.env): SandboxConfig {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const httpUrl = (name: string, fallback?: string): string | undefined => {
    const raw = str(name) ?? fallback;
    if (raw === undefined) return undefined;
    try {
      const u = new URL(raw);
      if (u.protocol === 'http:' || u.protocol === 'https:') return raw;
    } catch {
      // reported below
    }
    problems.push(`${name} must be an http(s) URL (got "${raw}")`);
    return fallback;
  };

  const port = int('SANDBOX_PORT', 3001, 0, 65535);
  const host = str('SANDBOX_HOST') ?? '127.0.0.1';
  const publicUrl = httpUrl('SANDBOX_PUBLIC_URL');
  const seed = int('SANDBOX_SEED', DEFAULT_SEED, 0, 0xffffffff);
  const size = int('SANDBOX_POPULATION', DEFAULT_SIZE, 1, MAX_SIZE);
  const gatewayJwksUrl = httpUrl('GATEWAY_JWKS_URL', DEFAULT_GATEWAY_JWKS_URL)!;

  const faults: Record<string, Fault> = {};
  const rawFaults = str('SANDBOX_FAULTS');
  if (rawFaults !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawFaults);
    } catch {
      parsed = undefined;
      problems.push('SANDBOX_FAULTS must be a JSON object, e.g. {"MZ_HUNYIN":{"latencyMs":20}}');
    }
    if (parsed !== undefined) {
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        problems.push('SANDBOX_FAULTS must be a JSON object keyed by source code');
      } else {
        for (const [code, value] of Object.entries(parsed)) {
          if (!(SOURCE_CODES as readonly string[]).includes(code)) {
            problems.push(`SANDBOX_FAULTS: unknown source ${code} (known: ${SOURCE_CODES.join(', ')})`);
            continue;
          }
          try {
            faults[code] = parseFault(value, `SANDBOX_FAULTS.${code}`);
          } catch (err) {
            problems.push((err as Error).message);
          }
        }
      }
    }
  }

  if (problems.length > 0) throw new SandboxConfigError(problems);
  return { port, host, ...(publicUrl ? { publicUrl } : {}), seed, size, gatewayJwksUrl, faults };
}
