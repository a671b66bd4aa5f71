import {
  generatePopulation,
  Population,
  PopulationSamples,
  Sandbox,
  samples,
  startSandbox,
  Fault,
} from '../../apps/sandbox-sources/src';
import { Role } from '#gw/auth';
import type { TestApp } from './test-app';

export const SANDBOX_SEED = 20231106;
export const SANDBOX_SIZE = 2000;

let cached: { population: Population; samples: PopulationSamples } | undefined;

export function population(): { population: Population; samples: PopulationSamples } {
  if (!cached) {
    const p = generatePopulation({ seed: SANDBOX_SEED, size: SANDBOX_SIZE });
    cached = { population: p, samples: samples(p) };
  }
  return cached;
}

const REGISTER = `mutation($input: RegisterDataSourceInput!) { registerDataSource(input: $input) { id code } }`;
const GRANT = `mutation($id: ID!, $dept: String!) { grantSourceAccess(sourceId: $id, consumerDepartmentCode: $dept) { id } }`;

export interface SandboxSetup {
  sandbox: Sandbox;
  sourceIds: Record<string, string>;
}

// Department sources on loopback, registered and granted through the gateway's own API, the
// way the provider departments would do it.
export async function startSources(
  t: TestApp,
  opts: { consumers?: string[]; timeoutMs?: number; faults?: Record<string, Fault>; only?: string[] } = {},
): Promise<SandboxSetup> {
  const sandbox = await startSandbox({
    port: 0,
    population: population().population,
    gatewayJwks: `${t.url}/.well-known/jwks.json`,
    faults: opts.faults,
  });
  const sourceIds: Record<string, string> = {};
  for (const s of sandbox.sources) {
    if (opts.only && !opts.only.includes(s.code)) continue;
    const admin = await t.token(Role.SOURCE_ADMIN, {
      department: s.providerDepartmentCode,
      subject: `admin-${s.providerDepartmentCode}`,
    });
    const res = await t.gql(
      REGISTER,
      {
        input: {
          code: s.code,
          name: s.name,
          endpoint: s.endpoint,
          jwksUrl: s.jwksUrl,
          factTypes: s.factTypes,
          timeoutMs: opts.timeoutMs ?? 5000,
          maxConcurrency: 16,
        },
      },
      admin,
    );
    if (res.errors) throw new Error(`registering ${s.code} failed: ${JSON.stringify(res.errors)}`);
    const id = res.data!.registerDataSource.id as string;
    sourceIds[s.code] = id;
    for (const dept of opts.consumers ?? ['HX_ZWFW']) {
      const g = await t.gql(GRANT, { id, dept }, admin);
      if (g.errors) throw new Error(`granting ${s.code} to ${dept} failed: ${JSON.stringify(g.errors)}`);
    }
  }
  return { sandbox, sourceIds };
}
