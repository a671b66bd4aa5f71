import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { createLogger } from './logger';

export const LOGGER = Symbol('LOGGER');

@Global()
@Module({
  providers: [
    { provide: LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig): Logger => createLogger(config.logLevel) },
  ],
  exports: [LOGGER],
})
export class LoggerModule {}
