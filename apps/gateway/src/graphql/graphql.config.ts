import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import { AppConfig, mapGraphQLError } from '#gw/common';
import { queryLimitsPlugin } from './query-limits.plugin';

export function graphqlOptions(config: AppConfig, logger: Logger): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      queryLimitsPlugin(config.graphql),
    ],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted, error) => {
      const mapped = mapGraphQLError(formatted, error);
      if (mapped.unexpected) {
        const cause = (error as { originalError?: unknown })?.originalError ?? error;
        logger.error({ err: cause, path: formatted.path }, 'unexpected GraphQL error');
      }
      return mapped.formatted;
    },
  };
}
