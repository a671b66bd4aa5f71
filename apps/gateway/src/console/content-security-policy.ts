import type { AppConfig } from '#gw/common';

// The console is one bundle from this origin: no inline script, no eval, no third-party code.
// The browser talks to the gateway and, for sign-in in production, to the identity provider
// (discovery document and token endpoint). QR codes are data: images; the camera preview is a
// media stream.
export function contentSecurityPolicy(config: Pick<AppConfig, 'auth'>): string {
  const connect = ["'self'"];
  const idp = issuerOrigin(config.auth);
  if (idp) connect.push(idp);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function issuerOrigin(auth: AppConfig['auth']): string | undefined {
  if (!auth.clientId) return undefined;
  try {
    return new URL(auth.issuer).origin;
  } catch {
    return undefined;
  }
}
