import type { AppConfig } from '#gw/common';

// Development sign-in mints tokens with the development key, so it exists exactly when
// `npm run token` works: outside production and with no external identity provider key.
export function devSignInAllowed(config: Pick<AppConfig, 'isProduction' | 'auth'>): boolean {
  return !config.isProduction && config.auth.devKeys;
}

export type SignInMode = 'DEVELOPMENT' | 'OIDC' | 'NONE';

export function signInMode(config: Pick<AppConfig, 'isProduction' | 'auth'>): SignInMode {
  if (devSignInAllowed(config)) return 'DEVELOPMENT';
  return config.auth.clientId ? 'OIDC' : 'NONE';
}
