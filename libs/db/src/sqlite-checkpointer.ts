import { Worker } from 'node:worker_threads';

// SQLite in WAL mode copies the log back into the database file (a checkpoint) on the commit that
// crosses wal_autocheckpoint pages: synchronously, on the event loop, tens of milliseconds with
// every request in flight waiting. This thread does it instead, on its own connection, every
// intervalMs, PASSIVE (it never waits for, nor blocks, the gateway's writer). The gateway's own
// automatic checkpoint stays on at a large size, as a backstop should this thread fall behind.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
let failed = false;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failed = false;
  } catch (err) {
    if (!failed) parentPort.postMessage({ error: String((err && err.message) || err) });
    failed = true;
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export class SqliteCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(file: string, intervalMs: number, onError: (message: string) => void = () => undefined) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, intervalMs, driver: require.resolve('better-sqlite3') },
    });
    this.worker.on('message', (m: { error?: string }) => m.error && onError(m.error));
    this.worker.on('error', (err) => onError(err.message));
    this.exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // it must never keep a process alive that is otherwise done
    this.worker.unref();
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    const timer = setTimeout(() => void this.worker.terminate(), 2000);
    await this.exited;
    clearTimeout(timer);
  }
}
