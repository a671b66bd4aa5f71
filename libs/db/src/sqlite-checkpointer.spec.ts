import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteCheckpointer } from './sqlite-checkpointer';

// A real database file: the thread's checkpoints copy the writer's WAL into it while the writer
// itself never checkpoints.
describe(SqliteCheckpointer.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'checkpointer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const until = async (condition: () => boolean, ms = 5000) => {
    const giveUp = Date.now() + ms;
    while (!condition() && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 20));
    return condition();
  };

  it('copies the WAL into the database file from its own thread, and stops', async () => {
    const file = join(dir, 'db.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run('x'.repeat(200));
    const before = statSync(file).size;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(100_000);

    const errors: string[] = [];
    const checkpointer = new SqliteCheckpointer(file, 30, (m) => errors.push(m));
    expect(await until(() => statSync(file).size > before + 100_000)).toBe(true);
    // the writer goes on meanwhile, and what it wrote is all there
    for (let i = 0; i < 100; i++) insert.run('y');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 600 });
    await checkpointer.stop();
    expect(errors).toEqual([]);
    db.close();
  });

  it('reports a database it cannot open instead of failing silently', async () => {
    const errors: string[] = [];
    const checkpointer = new SqliteCheckpointer(join(dir, 'missing.sqlite'), 30, (m) => errors.push(m));
    expect(await until(() => errors.length > 0)).toBe(true);
    await checkpointer.stop();
  });
});
