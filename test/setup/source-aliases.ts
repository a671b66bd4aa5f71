import Module from 'node:module';
import { join } from 'node:path';

// Jest's globalSetup and globalTeardown run in its parent process with Node's own resolver,
// outside the module registry where moduleNameMapper applies; there '#gw/<lib>' would resolve
// through package.json "imports" to the compiled dist/. Point it at the sources, as tsc and the
// test files see them.
const ALIAS = /^#gw\/([a-z-]+)$/;
const root = join(__dirname, '..', '..');
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = resolver._resolveFilename;
resolver._resolveFilename = function (request: string, ...rest: unknown[]): string {
  const lib = ALIAS.exec(request)?.[1];
  return original.call(this, lib ? join(root, 'libs', lib, 'src', 'index.ts') : request, ...rest);
};
