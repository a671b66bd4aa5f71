import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import type { LogLevel } from '../config/app-config';

// Field names that may carry an ID number, a token or a key, wherever they appear in a log line.
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'headers.authorization',
  'authorization',
  'token',
  'idNumber',
  'password',
  'secret',
  'privateKey',
  '*.token',
  '*.idNumber',
  '*.password',
  '*.secret',
  '*.privateKey',
  '*.*.idNumber',
  '*.*.token',
  '*.*.password',
  '*.*.secret',
  '*.*.privateKey',
  '*.*.authSecret',
  '*.authSecret',
  'authSecret',
];

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'cert-gateway' },
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

// Nest's own log lines go through the same pino logger, so there is one JSON stream.
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
