import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let cached: string | undefined;

// The same code runs from sources (tests) and from dist/, so the root is found, not assumed.
export function projectRoot(): string {
  if (cached) return cached;
  let dir = resolve(__dirname);
  while (!existsSync(join(dir, 'prisma', 'models.prisma'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('project root not found above ' + __dirname);
    dir = up;
  }
  cached = dir;
  return dir;
}
