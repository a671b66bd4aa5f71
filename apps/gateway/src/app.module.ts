import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AccessModule } from '#gw/access';
import { AssistModule } from '#gw/assist';
import { AuditModule } from '#gw/audit';
import { CommitmentModule } from '#gw/commitment';
import { AuthModule } from '#gw/auth';
import { CatalogModule } from '#gw/catalog';
import { AppConfig, ConfigModule, LOGGER, LoggerModule, MetricsModule } from '#gw/common';
import { CommunityModule } from '#gw/community';
import { CreditModule } from '#gw/credit';
import { ResidentModule } from '#gw/resident';
import { DbModule } from '#gw/db';
import { SigningModule } from '#gw/signing';
import { SourcesModule } from '#gw/sources';
import { StatusModule } from '#gw/status';
import { VerificationModule } from '#gw/verification';
import { ConsoleConfigController } from './console/console-config.controller';
import { DevTokenController } from './console/dev-token.controller';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { ListsController } from './lists/lists.controller';
import { GqlAuthGuard } from './security/gql-auth.guard';
import { MutationAuditInterceptor } from './security/mutation-audit.interceptor';
import { AuditCheckpointsController } from './well-known/audit-checkpoints.controller';
import { JwksController } from './well-known/jwks.controller';
import { StatusListsController } from './well-known/status-lists.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.withConfig(config),
        LoggerModule,
        MetricsModule,
        DbModule,
        AuthModule,
        AuditModule,
        CatalogModule,
        CommunityModule,
        AccessModule,
        SigningModule,
        ResidentModule,
        SourcesModule,
        VerificationModule,
        AssistModule,
        CreditModule,
        CommitmentModule,
        StatusModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LOGGER],
          useFactory: (logger: Logger) => graphqlOptions(config, logger),
        }),
      ],
      controllers: [
        HealthController,
        JwksController,
        MetricsController,
        ListsController,
        ConsoleConfigController,
        DevTokenController,
        AuditCheckpointsController,
        StatusListsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
      ],
    };
  }
}
