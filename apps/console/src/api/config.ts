import type { SignInMode } from '../auth/session';
import { getJson } from './client';

export interface ConsoleConfig {
  signIn: SignInMode;
  issuer: string | null;
  clientId: string | null;
  scope: string | null;
}

let loaded: Promise<ConsoleConfig> | undefined;

// how to sign in here: asked once per page load (GET /auth/config, public)
export function consoleConfig(): Promise<ConsoleConfig> {
  loaded ??= getJson<ConsoleConfig>('/auth/config').catch((err: unknown) => {
    loaded = undefined;
    throw err;
  });
  return loaded;
}
