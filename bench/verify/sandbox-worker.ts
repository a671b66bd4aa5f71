import { Fault, startSandbox } from '../../apps/sandbox-sources/src';
import { announceFailure, announceReady, cpuSample, serveParent } from './ipc';

// Child process: the sandbox department sources, trusting the JWKS the benchmark serves (the
// gateway's keys plus the baseline client's key). Faults are set at run time by the parent.

async function main(): Promise<void> {
  const jwks = process.env.BENCH_SANDBOX_JWKS_URL;
  if (!jwks) throw new Error('BENCH_SANDBOX_JWKS_URL is not set');
  const sandbox = await startSandbox({
    port: 0,
    host: '127.0.0.1',
    seed: Number(process.env.BENCH_SANDBOX_SEED),
    size: Number(process.env.BENCH_SANDBOX_SIZE),
    gatewayJwks: jwks,
  });
  serveParent({
    cpu: () => cpuSample(),
    setFault: (args: { code: string; fault: Fault | null }) => sandbox.setFault(args.code, args.fault),
    counts: () => Object.fromEntries(sandbox.sources.map((s) => [s.code, sandbox.requestCount(s.code)])),
    stop: async () => {
      await sandbox.close();
      setImmediate(() => process.exit(0));
    },
  });
  announceReady({
    url: sandbox.url,
    sources: sandbox.sources.map((s) => ({
      code: s.code,
      factTypes: s.factTypes,
      endpoint: s.endpoint,
      jwksUrl: s.jwksUrl,
    })),
  });
}

main().catch(announceFailure);
