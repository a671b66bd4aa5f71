import { loadSandboxConfig, SandboxConfigError } from './config';
import { startSandbox } from './server';

// The standalone sandbox process: `node dist/apps/sandbox-sources/src/main.js`.
// Logs one JSON line when it starts and one when it stops; never an ID number.

const log = (level: 'info' | 'error', msg: string, fields: Record<string, unknown> = {}): void => {
  const line = JSON.stringify({ level, time: new Date().toISOString(), service: 'sandbox-sources', msg, ...fields });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

async function main(): Promise<void> {
  let config;
  try {
    config = loadSandboxConfig();
  } catch (err) {
    if (err instanceof SandboxConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const started = Date.now();
  const sandbox = await startSandbox({
    port: config.port,
    host: config.host,
    publicUrl: config.publicUrl,
    seed: config.seed,
    size: config.size,
    gatewayJwks: config.gatewayJwksUrl,
    faults: config.faults,
  });
  log('info', 'sandbox sources listening', {
    url: sandbox.url,
    seed: config.seed,
    population: sandbox.population.persons.length,
    households: sandbox.population.households.length,
    gatewayJwks: config.gatewayJwksUrl,
    sources: sandbox.sources.map((s) => ({ code: s.code, kid: s.publicJwk.kid, factTypes: s.factTypes })),
    faults: config.faults,
    startMs: Date.now() - started,
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 5000);
    timer.unref();
    sandbox.close().then(
      () => {
        log('info', 'sandbox sources stopped', { signal });
        process.exit(0);
      },
      (err: unknown) => {
        log('error', 'error while stopping', { signal, error: err instanceof Error ? err.message : String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  log('error', 'sandbox sources failed to start', { error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
