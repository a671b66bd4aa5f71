import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';
import { AuditService } from '#gw/audit';
import { requestOf } from '#gw/auth';
import { AppException, ErrorCode } from '#gw/common';

// A mutation that fails on bad input changes nothing; the audit trail still shows the attempt
// as a refusal. Unexpected failures are logged by the error formatter, not recorded here.
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
        if (!code || code === ErrorCode.SERVICE_UNAVAILABLE) return throwError(() => err);
        return from(
          this.audit.recordRefusal(
            { user: req?.user, requestId: req?.id },
            { action: `graphql.${info.fieldName}`, targetType: 'GraphQL', detail: { code } },
          ),
        ).pipe(switchMap(() => throwError(() => err)));
      }),
    );
  }
}
