import { generateKeyPairSync, sign, verify } from 'node:crypto';
import type { Storage } from './options';

// What a verification cannot cost less than, measured in the same run, so that the per-verification
// CPU of the gateway can be read against it: the HTTP and GraphQL pipeline alone (`{ __typename }`
// through the same gateway, with the bearer token the verifications send: Express, pino-http, body
// parsing, the request guard, Apollo, graphql-js; no resolver of ours runs, so neither does the
// token check, which guards resolvers, nor validation), and the three
// ES256 operations every verification does (sign the connector request, verify the source's answer,
// sign the receipt), timed here as the gateway does them (node:crypto key objects, IEEE P1363).

export const FLOOR_QUERY = '{ __typename }';

export interface FloorResult {
  storage: Storage;
  concurrency: number;
  requests: number; // successful requests in the measured window
  errors: number;
  throughput: number; // requests per second
  gatewayCpuMsPerRequest: number;
  gatewayEventLoopUtilization: number;
}

export interface CryptoCost {
  es256SignUs: number;
  es256VerifyUs: number;
}

// CPU time of one ES256 sign and one verify over a connector-request-sized input, after a warm-up.
export function measureEs256(iterations = 2000): CryptoCost {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const data = Buffer.alloc(600, 0x61);
  const signing = { key: privateKey, dsaEncoding: 'ieee-p1363' as const };
  const checking = { key: publicKey, dsaEncoding: 'ieee-p1363' as const };
  let signature = sign('sha256', data, signing);
  for (let i = 0; i < iterations / 4; i++) verify('sha256', data, checking, sign('sha256', data, signing));
  const cpuUs = (fn: () => void): number => {
    const before = process.cpuUsage();
    for (let i = 0; i < iterations; i++) fn();
    const used = process.cpuUsage(before);
    return Math.round(((used.user + used.system) / iterations) * 10) / 10;
  };
  const es256SignUs = cpuUs(() => {
    signature = sign('sha256', data, signing);
  });
  const es256VerifyUs = cpuUs(() => {
    if (!verify('sha256', data, checking, signature)) throw new Error('ES256 self-check failed');
  });
  return { es256SignUs, es256VerifyUs };
}

export function floorLines(floors: FloorResult[], crypto: CryptoCost | null): string[] {
  if (floors.length === 0 && !crypto) return ['Not measured in this run.'];
  const lines: string[] = [];
  if (floors.length > 0)
    lines.push(
      `\`${FLOOR_QUERY}\` through the same gateway, with the verifications' bearer token: the HTTP and GraphQL pipeline alone (Express, pino-http, body parsing, the request guard, Apollo, graphql-js; no resolver of ours, so no token check or input validation either), measured once the gateway is quiet after the points:`,
      '',
      '| storage | conc. | requests/s | errors | gateway CPU ms/request | gateway loop busy |',
      '|---|---:|---:|---:|---:|---:|',
      ...floors.map(
        (f) =>
          `| ${f.storage === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${f.concurrency} | ${f.throughput.toFixed(1)} | ${f.errors}/${f.requests + f.errors} | ${f.gatewayCpuMsPerRequest.toFixed(3)} | ${Math.round(f.gatewayEventLoopUtilization * 100)}% |`,
      ),
      '',
    );
  if (crypto)
    lines.push(
      `ES256 in the load client's process, as the gateway signs and checks (node:crypto key objects): sign ${crypto.es256SignUs} µs, verify ${crypto.es256VerifyUs} µs of CPU; a verification does two signs and one verify (${((2 * crypto.es256SignUs + crypto.es256VerifyUs) / 1000).toFixed(3)} ms).`,
    );
  return lines;
}
