import { Controller, Get, Header, Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '#gw/common';
import { signInMode, SignInMode } from './dev-sign-in';

export interface ConsoleConfig {
  signIn: SignInMode;
  // OpenID Connect, when signIn is OIDC: the console reads `${issuer}/.well-known/openid-configuration`
  issuer: string | null;
  clientId: string | null;
  scope: string | null;
}

// What the console needs to know before anyone signs in: how to sign in. Nothing secret.
@Controller('auth')
export class ConsoleConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('config')
  @Header('cache-control', 'no-store')
  consoleConfig(): ConsoleConfig {
    const signIn = signInMode(this.config);
    const oidc = signIn === 'OIDC';
    return {
      signIn,
      issuer: oidc ? this.config.auth.issuer : null,
      clientId: oidc ? (this.config.auth.clientId ?? null) : null,
      scope: oidc ? this.config.auth.scope : null,
    };
  }
}
