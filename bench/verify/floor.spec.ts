import { FloorResult, floorLines, measureEs256 } from './floor';

describe('pipeline floor', () => {
  it('times ES256 as CPU per operation, after checking its own signatures', () => {
    const cost = measureEs256(50);
    expect(cost.es256SignUs).toBeGreaterThan(0);
    expect(cost.es256VerifyUs).toBeGreaterThan(0);
    // microseconds, not milliseconds or nanoseconds: one P-256 operation is far below 100 ms
    expect(cost.es256SignUs).toBeLessThan(100_000);
  });

  it('reports the pipeline per storage and the three signature operations of a verification', () => {
    const floor: FloorResult = {
      storage: 'sqlite',
      concurrency: 8,
      requests: 990,
      errors: 10,
      throughput: 4321.06,
      gatewayCpuMsPerRequest: 0.2346,
      gatewayEventLoopUtilization: 0.876,
    };
    const lines = floorLines([floor, { ...floor, storage: 'postgres' }], { es256SignUs: 30, es256VerifyUs: 60 });
    expect(lines).toContain('| SQLite | 8 | 4321.1 | 10/1000 | 0.235 | 88% |');
    expect(lines).toContain('| PostgreSQL | 8 | 4321.1 | 10/1000 | 0.235 | 88% |');
    expect(lines.at(-1)).toContain('sign 30 µs, verify 60 µs');
    expect(lines.at(-1)).toContain('(0.120 ms)');
  });

  it('says so when nothing was measured (reports of earlier runs)', () => {
    expect(floorLines([], null)).toEqual(['Not measured in this run.']);
  });
});
