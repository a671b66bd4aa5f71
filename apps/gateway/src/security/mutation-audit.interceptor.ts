import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';
import { AuditService } from '#gw/audit';
import { requestOf } from '#gw/auth';
import { AppException, ErrorCode } from '#gw/common';

// Every mutation leaves an event: the domain records what it did (OK); a mutation refused on bad
// input or by a rule changed nothing and is recorded here as REFUSED; one that failed on an
// unexpected error is recorded as FAILED (and logged in full by the error formatter).
@Injectable()
export class MutationAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'mutation' || info.parentType.name !== 'Mutation') return next.handle();
    const req = requestOf(context);
    return next.handle().pipe(
      catchError((err: unknown) => {
        const code =
          err instanceof AppException ? err.code : err instanceof HttpException ? ErrorCode.BAD_USER_INPUT : null;
        // load shedding must not add a write per shed call; the metrics count those
        if (code === ErrorCode.SERVICE_UNAVAILABLE) return throwError(() => err);
        const actor = { user: req?.user, requestId: req?.id };
        const record = { action: `graphql.${info.fieldName}`, targetType: 'GraphQL' };
        // a refusal changed nothing; an unexpected failure committed nothing either, but it is on
        // record as FAILED (best effort: when the database is what failed, this fails too)
        const written = code
          ? this.audit.recordRefusal(actor, { ...record, detail: { code } })
          : this.audit.recordFailure(actor, { ...record, detail: { code: ErrorCode.INTERNAL } });
        return from(written).pipe(switchMap(() => throwError(() => err)));
      }),
    );
  }
}
