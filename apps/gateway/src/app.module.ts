import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AuditModule } from '../../../libs/audit/src';
import { AuthModule } from '../../../libs/auth/src';
import { CatalogModule } from '../../../libs/catalog/src';
import { AppConfig, ConfigModule, LOGGER, LoggerModule } from '../../../libs/common/src';
import { CommunityModule } from '../../../libs/community/src';
import { DbModule } from '../../../libs/db/src';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './health/health.controller';
import { GqlAuthGuard } from './security/gql-auth.guard';
import { MutationAuditInterceptor } from './security/mutation-audit.interceptor';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.withConfig(config),
        LoggerModule,
        DbModule,
        AuthModule,
        AuditModule,
        CatalogModule,
        CommunityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LOGGER],
          useFactory: (logger: Logger) => graphqlOptions(config, logger),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
      ],
    };
  }
}
