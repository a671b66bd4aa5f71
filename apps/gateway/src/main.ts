import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '#gw/common';
import { createGateway } from './bootstrap';
import { exitOnSignals } from './shutdown';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const { app } = await createGateway(config, logger);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  logger.info(
    {
      url: `${url}/graphql`,
      database: config.databaseUrl.startsWith('file:') ? 'sqlite' : 'postgres',
      env: config.nodeEnv,
    },
    'gateway listening',
  );

  exitOnSignals(app, logger, config.shutdownTimeoutMs);
}

main().catch((err: unknown) => {
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
