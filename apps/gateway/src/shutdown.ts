import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

// On SIGTERM/SIGINT: stop taking requests, let in-flight ones finish, close what else is
// running, and exit; if that takes longer than the limit, exit anyway.
export function exitOnSignals(
  app: INestApplication,
  logger: Logger,
  timeoutMs: number,
  alsoClose: () => Promise<void> = async () => undefined,
): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    app
      .close()
      .then(alsoClose)
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'error during shutdown');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
