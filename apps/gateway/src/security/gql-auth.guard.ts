import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Logger } from 'pino';
import { AnonymousRefusals, AuditService } from '#gw/audit';
import { AuthUser, PUBLIC_KEY, requestOf, Role, ROLES_KEY, TokenVerifier } from '#gw/auth';
import { AppException, LOGGER } from '#gw/common';

// Authenticates every GraphQL call and enforces the roles each resolver declares. A resolver
// that declares nothing is refused: access is never granted by omission.
@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly audit: AuditService,
    private readonly anonymous: AnonymousRefusals,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    // Field resolvers below an already authorised root field inherit its decision.
    if (info.parentType.name !== 'Query' && info.parentType.name !== 'Mutation') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    const req = requestOf(context)!;
    if (isPublic) return true;
    if (!roles || roles.length === 0) {
      this.logger.error({ field: info.fieldName }, 'resolver declares no access rule; refused');
      throw AppException.forbidden('该操作未声明访问权限');
    }
    let user: AuthUser;
    try {
      user = await this.verifier.verify(bearerToken(req.headers.authorization));
    } catch (err) {
      await this.refuse(info, undefined, req.id, err as AppException);
      throw err;
    }
    req.user = user;
    if (!roles.some((r) => user.roles.includes(r))) {
      const err = AppException.forbidden(`需要以下角色之一：${roles.join('、')}`, { requiredRoles: roles });
      await this.refuse(info, user, req.id, err);
      throw err;
    }
    return true;
  }

  private async refuse(
    info: GraphQLResolveInfo,
    user: AuthUser | undefined,
    requestId: string | undefined,
    err: AppException,
  ): Promise<void> {
    if (info.operation.operation !== 'mutation') return;
    if (!user) return this.anonymous.record(`graphql.${info.fieldName}`, err.code, requestId);
    await this.audit.recordRefusal(
      { user, requestId },
      { action: `graphql.${info.fieldName}`, targetType: 'GraphQL', detail: { code: err.code } },
    );
  }
}

function bearerToken(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+([A-Za-z0-9_\-.=]+)$/i.exec(value.trim()) : null;
  if (!match) throw AppException.unauthenticated('缺少登录凭证（Authorization: Bearer <token>）');
  return match[1];
}
