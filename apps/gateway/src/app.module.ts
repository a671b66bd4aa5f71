import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AccessModule } from '../../../libs/access/src';
import { AssistModule } from '../../../libs/assist/src';
import { AuditModule } from '../../../libs/audit/src';
import { CommitmentModule } from '../../../libs/commitment/src';
import { AuthModule } from '../../../libs/auth/src';
import { CatalogModule } from '../../../libs/catalog/src';
import { AppConfig, ConfigModule, LOGGER, LoggerModule, MetricsModule } from '../../../libs/common/src';
import { CommunityModule } from '../../../libs/community/src';
import { CreditModule } from '../../../libs/credit/src';
import { DbModule } from '../../../libs/db/src';
import { SigningModule } from '../../../libs/signing/src';
import { SourcesModule } from '../../../libs/sources/src';
import { VerificationModule } from '../../../libs/verification/src';
import { graphqlOptions } from './graphql/graphql.config';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { ListsController } from './lists/lists.controller';
import { GqlAuthGuard } from './security/gql-auth.guard';
import { MutationAuditInterceptor } from './security/mutation-audit.interceptor';
import { JwksController } from './well-known/jwks.controller';

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
        SourcesModule,
        VerificationModule,
        AssistModule,
        CreditModule,
        CommitmentModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LOGGER],
          useFactory: (logger: Logger) => graphqlOptions(config, logger),
        }),
      ],
      controllers: [HealthController, JwksController, MetricsController, ListsController],
      providers: [
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
      ],
    };
  }
}
