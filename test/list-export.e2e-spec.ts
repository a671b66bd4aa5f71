import { startTestApp, TestApp } from './helpers/test-app';

describe('list export (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('exports the list in force as JSON with its version, source and legal basis', async () => {
    const res = await t.http().get('/lists/DUTY.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('DUTY-v1.json');
    expect(res.body).toMatchObject({ kind: 'DUTY', version: 1, isSample: false });
    expect(res.body.items).toHaveLength(24);
    expect(res.body.items[0].legalBasis).toContain('城市居民委员会组织法');
  });

  it('exports CSV that spreadsheets read as UTF-8, quoting fields with commas', async () => {
    const res = await t
      .http()
      .get('/lists/NEGATIVE.csv')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const text = res.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '清单,版本,生效日期,序号,工作类型,内容,工作依据,列入原因,证明事项编码,要求部门,填报频次,清单来源',
    );
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/^"?甘肃省不应由社区组织承担的事项指导清单/);
    expect(lines[1]).toContain('行政执法类');
    expect(lines[1]).toContain('"评定食品安全等级,');
    expect(lines[1]).toContain('非责任主体');
    expect(lines[1].split(',')).toContain('2023-11-06');
  });

  it('exports the version in force on a given date, and says when there is none', async () => {
    expect((await t.http().get('/lists/FORM.json?at=2024-06-01')).body.version).toBe(1);
    const none = await t.http().get('/lists/FORM.json?at=2020-01-01');
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('NOT_FOUND');
  });

  it('refuses unknown lists and bad dates with a clear error', async () => {
    const unknown = await t.http().get('/lists/SECRET.json');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('DUTY.json');
    const badDate = await t.http().get('/lists/DUTY.csv?at=yesterday');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.code).toBe('BAD_USER_INPUT');
  });
});
