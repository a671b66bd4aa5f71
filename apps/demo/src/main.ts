import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '#gw/common';
import { createGateway, exitOnSignals } from '../../gateway/src';
import { registerDemoSources } from './demo-sources';
import { loadSandboxConfig, SandboxConfigError, startSandbox } from '../../sandbox-sources/src';

// `npm start`: the gateway on its embedded SQLite plus the sandbox department sources on
// loopback, registered and granted, so that every flow works with no other setup.
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.isProduction)
    throw new ConfigError(['the demo (npm start) is not for production: run npm run start:gateway']);
  const sandboxConfig = loadSandboxConfig({ SANDBOX_PORT: String(config.port + 1), ...process.env });
  const logger = createLogger(config.logLevel);
  const gatewayBase = `http://127.0.0.1:${config.port}`;
  const sandbox = await startSandbox({
    port: sandboxConfig.port,
    host: sandboxConfig.host,
    seed: sandboxConfig.seed,
    size: sandboxConfig.size,
    faults: sandboxConfig.faults,
    gatewayJwks: `${gatewayBase}/.well-known/jwks.json`,
  });
  logger.info(
    { url: sandbox.url, sources: sandbox.sources.map((s) => s.code), population: sandbox.population.persons.length },
    'sandbox department sources listening',
  );
  // credit events go to the sandbox's credit-platform receiver unless CREDIT_PLATFORM_URL names another
  const credit = { ...config.credit, platformUrl: config.credit.platformUrl ?? `${sandbox.url}/credit/events` };
  const { app } = await createGateway({ ...config, credit }, logger);
  const registered = await registerDemoSources(app, sandbox.url, config.verification.sourceTimeoutMs);
  logger.info({ sources: registered }, 'demo data sources registered');
  await app.listen(config.port, config.host);
  logger.info(
    { url: `${gatewayBase}/graphql`, database: config.databaseUrl.startsWith('file:') ? 'sqlite' : 'postgres' },
    'gateway listening (demo: npm run demo:subjects prints synthetic residents to try)',
  );

  exitOnSignals(app, logger, config.shutdownTimeoutMs, () => sandbox.close());
}

main().catch((err: unknown) => {
  const text =
    err instanceof ConfigError || err instanceof SandboxConfigError
      ? err.message
      : err instanceof Error
        ? err.message
        : String(err);
  process.stderr.write(`demo failed to start: ${text}\n`);
  process.exit(err instanceof ConfigError || err instanceof SandboxConfigError ? 2 : 1);
});
