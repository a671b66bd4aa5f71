import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';
import type { Role } from './role.enum';

export const ROLES_KEY = 'auth:roles';
export const PUBLIC_KEY = 'auth:public';

// Every resolver must carry one of these two; the guard refuses anything that declares neither.
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface RequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
  id?: string;
}

export function requestOf(context: ExecutionContext): RequestWithUser | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: RequestWithUser }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

// What a service needs to know about the call: who, and the request id that ties logs and
// audit events together.
export interface Caller {
  user: AuthUser;
  requestId?: string;
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const req = requestOf(context);
  if (!req?.user) throw new Error('CurrentCaller used on a route without an authenticated user');
  return { user: req.user, requestId: req.id };
});
