// Paths the gateway answers itself. The console's client-side routes never shadow them, so a
// typo in an API path is an API 404, not the console's start page.
export const SERVER_PATHS = [
  '/graphql',
  '/healthz',
  '/readyz',
  '/metrics',
  '/.well-known',
  '/lists',
  '/auth',
  '/dev',
  // the audit chain's public signed checkpoints
  '/audit/checkpoints',
  // published status lists of signed outputs
  '/status-lists',
] as const;

export function isServerPath(path: string): boolean {
  return SERVER_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
}
