import type { Logger } from 'pino';
import { BatchSweep } from './batch-sweep';

interface Row {
  id: string;
}
interface FakeTx {
  n: number;
}

// A sweep over an in-memory table of due ids; handling a row removes it, as the real
// conditional updates make a handled row no longer due.
class FakeSweep extends BatchSweep<Row, FakeTx> {
  protected override readonly batchSize = 3;
  protected readonly label = 'fake';
  protected readonly summary = 'fake rows handled';
  readonly logger = { info: jest.fn(), warn: jest.fn() } as unknown as jest.Mocked<Logger>;
  readonly transactions: FakeTx[] = [];
  readonly fetches: number[] = [];
  handleRow = jest.fn(async (_tx: FakeTx, row: Row): Promise<boolean> => this.take(row.id));
  fetchRows = jest.fn(async (_now: Date, limit: number): Promise<Row[]> =>
    this.dueIds.slice(0, limit).map((id) => ({ id })),
  );

  constructor(public dueIds: string[]) {
    super();
  }

  stop(): void {
    this.stopping = true;
  }

  take(id: string): boolean {
    const before = this.dueIds.length;
    this.dueIds = this.dueIds.filter((d) => d !== id);
    return this.dueIds.length < before;
  }

  protected get intervalMs(): null {
    return null;
  }
  protected due(now: Date, limit: number): Promise<Row[]> {
    this.fetches.push(limit);
    return this.fetchRows(now, limit);
  }
  protected async transaction<T>(fn: (tx: FakeTx) => Promise<T>): Promise<T> {
    const tx = { n: this.transactions.length };
    this.transactions.push(tx);
    return fn(tx);
  }
  protected handle(tx: FakeTx, row: Row): Promise<boolean> {
    return this.handleRow(tx, row);
  }
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);
const NOW = new Date('2026-11-02T08:00:00.000Z');

describe(BatchSweep.name, () => {
  it('handles every due row, each in its own transaction, batch after batch until one is short', async () => {
    const sut = new FakeSweep(ids(7));
    await expect(sut.sweep(NOW)).resolves.toBe(7);
    expect(sut.dueIds).toEqual([]);
    expect(sut.fetches).toEqual([3, 3, 3]);
    expect(sut.handleRow.mock.calls.map(([tx, row]) => [tx.n, row.id])).toEqual(ids(7).map((id, i) => [i, id]));
    expect(sut.logger.info).toHaveBeenCalledWith({ sweep: 'fake', handled: 7, failed: 0 }, 'fake rows handled');
  });

  it('fetches once more after a full last batch, and says nothing when there was nothing to do', async () => {
    const sut = new FakeSweep(ids(3));
    await expect(sut.sweep(NOW)).resolves.toBe(3);
    expect(sut.fetches).toEqual([3, 3]);
    const idle = new FakeSweep([]);
    await expect(idle.sweep(NOW)).resolves.toBe(0);
    expect(idle.logger.info).not.toHaveBeenCalled();
  });

  it('passes the pass’s reference time to the fetch', async () => {
    const sut = new FakeSweep(ids(1));
    await sut.sweep(NOW);
    expect(sut.fetchRows).toHaveBeenCalledWith(NOW, 3);
  });

  it('does not count rows another instance won first', async () => {
    const sut = new FakeSweep(ids(2));
    sut.handleRow.mockImplementationOnce(async () => false);
    await expect(sut.sweep(NOW)).resolves.toBe(1);
  });

  it('logs a row that fails, goes on with the batch, and leaves the rest for the next pass', async () => {
    const sut = new FakeSweep(ids(6));
    sut.handleRow.mockImplementationOnce(async () => {
      throw new Error('row broke');
    });
    await expect(sut.sweep(NOW)).resolves.toBe(2);
    expect(sut.dueIds).toEqual(['r1', 'r4', 'r5', 'r6']);
    expect(sut.fetches).toHaveLength(1);
    expect(sut.logger.warn).toHaveBeenCalledWith(
      { err: 'row broke', sweep: 'fake', id: 'r1' },
      'sweep failed on a row',
    );
    await expect(sut.sweep(NOW)).resolves.toBe(4);
    expect(sut.dueIds).toEqual([]);
  });

  it('stops rather than fetching the same rows forever when it wins none of a full batch', async () => {
    const sut = new FakeSweep(ids(5));
    sut.handleRow.mockImplementation(async () => false);
    await expect(sut.sweep(NOW)).resolves.toBe(0);
    expect(sut.fetches).toHaveLength(1);
  });

  it('logs a failed fetch and returns what it had done', async () => {
    const sut = new FakeSweep(ids(4));
    sut.fetchRows.mockImplementationOnce(async (_now, limit) => ids(limit).map((id) => ({ id })));
    sut.fetchRows.mockImplementationOnce(async () => {
      throw new Error('database gone');
    });
    await expect(sut.sweep(NOW)).resolves.toBe(3);
    expect(sut.logger.warn).toHaveBeenCalledWith(
      { err: 'database gone', sweep: 'fake' },
      'sweep could not fetch due rows',
    );
  });

  it('stops between rows when the instance shuts down', async () => {
    const sut = new FakeSweep(ids(3));
    sut.handleRow.mockImplementationOnce(async (_tx, row) => {
      sut.stop();
      return sut.take(row.id);
    });
    await expect(sut.sweep(NOW)).resolves.toBe(1);
    expect(sut.dueIds).toEqual(['r2', 'r3']);
  });

  it('runs one pass at a time: a sweep asked for during a pass shares it', async () => {
    const sut = new FakeSweep(ids(2));
    const [a, b] = await Promise.all([sut.sweep(NOW), sut.sweep(NOW)]);
    expect([a, b]).toEqual([2, 2]);
    expect(sut.fetches).toHaveLength(1);
  });
});
