import { randomUUID } from 'node:crypto';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { CatalogSeedService } from '#gw/catalog';
import { AppConfig, createLogger, ErrorCode, messageOf, PinoNestLogger, validationFailure } from '#gw/common';
import { applyMigrations } from '#gw/migrations';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { AppModule } from './app.module';
import { NullFilterFieldsPipe } from './graphql/null-filter.pipe';
import { TextInputPipe } from './graphql/text-input.pipe';
import { graphqlRequestGuard } from './graphql/request-guard.middleware';
import { consoleBuilt, consoleFiles, defaultConsoleDir } from './console/console-files';
import { contentSecurityPolicy } from './console/content-security-policy';
import { devSignInAllowed } from './console/dev-sign-in';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface GatewayApp {
  app: INestApplication;
  logger: Logger;
}

// Builds the whole gateway: migrations, Nest app, HTTP middleware and reference data.
// `main.ts` and the end-to-end tests both start it this way.
export async function createGateway(config: AppConfig, logger = createLogger(config.logLevel)): Promise<GatewayApp> {
  if (config.migrateOnStart) {
    const { applied } = await applyMigrations(config.databaseUrl, (msg) => logger.debug(msg));
    if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => httpLogLevel(res.statusCode, !!err),
      // the console's hashed files are fetched once per release; a line each is noise
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/assets/') },
      // the path only: a query string may carry GraphQL variables
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
      },
    }),
  );
  app.use(express.json({ limit: config.graphql.bodyLimitBytes }));
  app.use(bodyErrorHandler);
  serveConsole(app, config, logger);
  // the request limits run before Apollo parses or validates anything
  app.use(graphqlRequestGuard(config.graphql, schemaOf(app)));
  app.useGlobalPipes(
    new TextInputPipe(),
    new NullFilterFieldsPipe(),
    new ValidationPipe({
      transform: true,
      forbidUnknownValues: false,
      stopAtFirstError: false,
      exceptionFactory: validationFailure,
    }),
  );
  await app.init();
  if (config.seedOnStart) await app.get(CatalogSeedService).seed();
  return { app, logger };
}

// A refusal (4xx, or 503 when load is shed or the database is out of reach) is the caller's or
// the operator's to notice, at warn; only an unexpected failure is an error worth paging for.
function httpLogLevel(status: number, failed: boolean): 'info' | 'warn' | 'error' {
  if (status >= 500 && status !== 503) return 'error';
  if (failed || status >= 400) return 'warn';
  return 'info';
}

// The schema once Nest has built it (in app.init(), after the middleware is mounted), looked up
// through the application's container once rather than on every request.
function schemaOf(app: INestApplication): () => GraphQLSchema | undefined {
  let schema: GraphQLSchema | undefined;
  return () => {
    if (schema) return schema;
    try {
      return (schema = app.get(GraphQLSchemaHost).schema);
    } catch {
      return undefined; // not built yet: nothing reaches Apollo before app.init() either
    }
  };
}

// The web console at `/`, when it has been built (`npm run build`).
function serveConsole(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  if (devSignInAllowed(config)) logger.warn('development sign-in is on: anyone reaching /dev/token gets a token');
  const dir = config.consoleDir ?? defaultConsoleDir();
  if (!consoleBuilt(dir)) {
    logger.warn({ dir }, 'web console not built (npm run build); / is not served');
    return;
  }
  app.use(consoleFiles(dir, contentSecurityPolicy(config)));
}

// Body-parser failures happen before GraphQL; answer them in the GraphQL error shape.
function bodyErrorHandler(
  err: { type?: string; status?: number },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (!err || typeof err.status !== 'number') return next(err);
  const code = err.type === 'entity.too.large' ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_USER_INPUT;
  const message = code === ErrorCode.PAYLOAD_TOO_LARGE ? messageOf(code) : '请求体不是有效的 JSON';
  res.status(err.status).json({ errors: [{ message, extensions: { code } }] });
}
