import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLISODateTime } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AppConfig, hardenDateTimeScalar, mapGraphQLError } from '#gw/common';
import { isDatabaseUnavailable } from '#gw/db';

export function graphqlOptions(config: AppConfig, logger: Logger): Omit<ApolloDriverConfig, 'driver'> {
  // every DateTime argument refuses what is not an instant ("yesterday", 2026-02-30)
  hardenDateTimeScalar(GraphQLISODateTime);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    // a persisted query would run without its text passing the request limits again
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // no landing page: Apollo's loads from a CDN, which an intranet cannot reach; people use the
    // console at `/`, programs POST to /graphql
    // Apollo's cache-control plugin keeps a cache policy for every resolved field, only to end at
    // `no-store`: nothing here carries a cache hint, and answers about residents must never be
    // kept by a proxy or a browser. One hook sets that header for every answer instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), noStore],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted, error) => {
      const mapped = mapGraphQLError(formatted, error, { isUnavailable: isDatabaseUnavailable });
      // an outage is the operator's to see once per call, briefly; not a bug report with a stack
      if (mapped.unavailable)
        logger.warn({ path: formatted.path }, 'database unavailable; answered SERVICE_UNAVAILABLE');
      if (mapped.unexpected) {
        const cause = (error as { originalError?: unknown })?.originalError ?? error;
        logger.error({ err: cause, path: formatted.path }, 'unexpected GraphQL error');
      }
      return mapped.formatted;
    },
  };
}

const noStore: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};
