import { ErrorCode } from './error-code';

// Domain errors carry a stable code; one mapper turns them into GraphQL errors.
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppException';
  }

  static badInput(message: string, details?: Record<string, unknown>): AppException {
    return new AppException(ErrorCode.BAD_USER_INPUT, message, details);
  }

  static notFound(message: string, details?: Record<string, unknown>): AppException {
    return new AppException(ErrorCode.NOT_FOUND, message, details);
  }

  static forbidden(message = '无权执行此操作', details?: Record<string, unknown>): AppException {
    return new AppException(ErrorCode.FORBIDDEN, message, details);
  }

  static unauthenticated(message = '未登录或登录凭证无效'): AppException {
    return new AppException(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string, details?: Record<string, unknown>): AppException {
    return new AppException(ErrorCode.CONFLICT, message, details);
  }
}
