import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { isServerPath } from './server-paths';

const IMMUTABLE = 'public, max-age=31536000, immutable';

// Where `npm run build` puts the console: dist/console under the project root, found from this
// file whether it runs from sources (tests) or from dist/.
export function defaultConsoleDir(): string {
  let dir = resolve(__dirname);
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve('dist', 'console');
    dir = up;
  }
  return join(dir, 'dist', 'console');
}

export function consoleBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

// Serves the built console: hashed assets cached for good, index.html revalidated on every
// load (so a new release is picked up at once), and index.html for any client-side route. API
// paths and missing files (anything with an extension) fall through to the gateway's own 404.
export function consoleFiles(dir: string, csp: string): RequestHandler {
  const pageHeaders = (res: Response) => {
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('permissions-policy', 'camera=(self), microphone=(), geolocation=()');
  };
  const files = express.static(dir, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    fallthrough: true,
    setHeaders(res, file) {
      res.setHeader('x-content-type-options', 'nosniff');
      if (file.endsWith('.html')) pageHeaders(res);
      else if (file.startsWith(join(dir, 'assets') + '/')) res.setHeader('cache-control', IMMUTABLE);
      else res.setHeader('cache-control', 'public, max-age=3600');
    },
  });
  const index = join(dir, 'index.html');
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path)) return next();
    files(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (extname(req.path) !== '') return next();
      pageHeaders(res);
      res.setHeader('x-content-type-options', 'nosniff');
      res.sendFile(index, { cacheControl: false }, (sendErr) => {
        if (sendErr) next(sendErr);
      });
    });
  };
}
