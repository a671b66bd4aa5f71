import type { INestApplication } from '@nestjs/common';
import { RegistryService, type ProvisionedSource } from '#gw/sources';

// The demo registers the sandbox's sources as their departments would, and grants every
// government department access, so that `npm start` verifies facts with no other setup.
export async function registerDemoSources(
  app: INestApplication,
  sandboxUrl: string,
  timeoutMs: number,
): Promise<string[]> {
  const res = await fetch(new URL('/sources', sandboxUrl), { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`sandbox answered HTTP ${res.status} for /sources`);
  const advertised = (await res.json()) as ProvisionedSource[] | { sources: ProvisionedSource[] };
  const sources = Array.isArray(advertised) ? advertised : advertised.sources;
  return app.get(RegistryService).provision(sources, timeoutMs);
}
