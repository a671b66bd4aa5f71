import { CpuProfile, ownerOf, profileMarkdown, summariseProfile } from './profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('CPU profile summary', () => {
  it('names the owner of a frame: package, our lib or app, Node, engine', () => {
    expect(ownerOf(frame('q', 'file:///app/node_modules/@prisma/client/runtime/x.js'))).toBe('@prisma/client');
    expect(ownerOf(frame('q', 'file:///app/node_modules/a/node_modules/pg/lib/client.js'))).toBe('pg');
    expect(ownerOf(frame('append', 'file:///app/dist/libs/audit/src/audit.service.js'))).toBe('#gw/audit');
    expect(ownerOf(frame('main', 'file:///app/dist/apps/gateway/src/main.js'))).toBe('apps/gateway');
    expect(ownerOf(frame('readFile', 'node:fs'))).toBe('(node)');
    expect(ownerOf(frame('(garbage collector)'))).toBe('(garbage collector)');
    expect(ownerOf(frame('sign'))).toBe('(native)');
  });

  it('attributes each time delta to the frame sampled before it and leaves idle time out', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('(idle)') },
        { id: 3, callFrame: frame('query', 'file:///a/node_modules/pg/lib/client.js', 9) },
        { id: 4, callFrame: frame('run', 'file:///a/dist/libs/verification/src/runner.js', 0) },
      ],
      startTime: 0,
      endTime: 10_000,
      samples: [3, 3, 4, 2, 4],
      timeDeltas: [0, 1000, 2000, 3000, 4000],
    };
    const s = summariseProfile(profile);
    // pg: 1 ms + 2 ms (deltas 1 and 2), runner: 3 ms (delta 3), idle: 4 ms not counted
    expect(s.busyMs).toBe(6);
    expect(s.owners).toEqual([
      { name: 'pg', selfMs: 3, share: 0.5 },
      { name: '#gw/verification', selfMs: 3, share: 0.5 },
    ]);
    expect(s.functions[0].name).toBe('query (pg/lib/client.js:10)');
    expect(profileMarkdown('SQLite', s, 3)).toContain('2.00 ms per verification over 3 verifications');
  });

  it('falls back to hit counts spread over the wall time', () => {
    const s = summariseProfile({
      nodes: [
        { id: 1, callFrame: frame('a', 'node:fs'), hitCount: 3 },
        { id: 2, callFrame: frame('(garbage collector)'), hitCount: 1 },
      ],
      startTime: 0,
      endTime: 8000,
    });
    expect(s.owners).toEqual([
      { name: '(node)', selfMs: 6, share: 0.75 },
      { name: '(garbage collector)', selfMs: 2, share: 0.25 },
    ]);
  });
});
