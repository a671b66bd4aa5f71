import type { AttemptResult } from '#gw/sources';
import { AttemptOutcome as A } from '#gw/sources';
import { decide, retryAfterFrom, SourceAnswer } from './decide';
import { VerificationOutcome as O, VerificationRoute as R } from './verification.enums';

const fact = { ownerDepartment: { name: '县民政局' } };

function answer(code: string, outcome: A, asOf = '2026-10-01T00:00:00.000Z'): SourceAnswer {
  const result: AttemptResult = { outcome, latencyMs: 5, reason: null };
  if (outcome === A.CONFIRMED || outcome === A.REFUTED || outcome === A.NO_RECORD)
    result.response = { requestId: 'r', result: outcome, asOf, recordRef: `${code}-ref` };
  return { code, result };
}

describe(decide.name, () => {
  it('a confirming source settles the fact by shared data, with its record', () => {
    expect(decide([answer('MZ_HUNYIN', A.CONFIRMED)], fact)).toEqual({
      outcome: O.CONFIRMED,
      route: R.DATA_SHARING,
      nextRoute: null,
      reason: null,
      source: 'MZ_HUNYIN',
      recordAsOf: new Date('2026-10-01T00:00:00.000Z'),
      recordRef: 'MZ_HUNYIN-ref',
      retryAfter: null,
    });
  });

  it('a source that knows the ID number under another name settles nothing and offers no route', () => {
    const d = decide([answer('GA_HUJI', A.CONFIRMED), answer('MZ_HUNYIN', A.NAME_MISMATCH)], fact);
    expect(d).toEqual({
      outcome: O.NAME_MISMATCH,
      route: null,
      nextRoute: null,
      reason: '姓名与公民身份号码不一致（MZ_HUNYIN）；所称事实未判定，请核对当事人姓名后重新核验',
      source: 'MZ_HUNYIN',
      recordAsOf: null,
      recordRef: null,
      // a wrong name is not a transient failure: there is no time after which asking again helps
      retryAfter: null,
    });
  });

  it('a refuting source settles it too, as REFUTED', () => {
    const d = decide([answer('GA_HUJI', A.NO_RECORD), answer('MZ_HUNYIN', A.REFUTED)], fact);
    expect(d).toMatchObject({ outcome: O.REFUTED, route: R.DATA_SHARING, source: 'MZ_HUNYIN', nextRoute: null });
  });

  it('one authoritative answer is enough when the other sources failed', () => {
    const d = decide([answer('A', A.TIMEOUT), answer('B', A.CONFIRMED), answer('C', A.SUSPENDED)], fact);
    expect(d).toMatchObject({ outcome: O.CONFIRMED, source: 'B' });
  });

  it('sources that agree settle it with the first of them', () => {
    expect(decide([answer('A', A.CONFIRMED), answer('B', A.CONFIRMED)], fact).source).toBe('A');
  });

  it('sources that contradict each other settle nothing, and say which said what', () => {
    const d = decide([answer('A', A.CONFIRMED), answer('B', A.REFUTED), answer('C', A.CONFIRMED)], fact);
    expect(d).toEqual({
      outcome: O.UNRESOLVED,
      route: null,
      nextRoute: R.INTER_DEPARTMENT,
      reason: '数据源结论不一致（A、C 确认；B 否认）；下一步：向县民政局发起部门间协查',
      source: null,
      recordAsOf: null,
      recordRef: null,
      retryAfter: null,
    });
  });

  it('with no source at all, goes to the owning department', () => {
    expect(decide([], fact)).toMatchObject({
      outcome: O.UNRESOLVED,
      nextRoute: R.INTER_DEPARTMENT,
      reason: '尚无可用的共享数据源；下一步：向县民政局发起部门间协查',
    });
  });

  it('when only suspended sources are registered, says so for each', () => {
    expect(decide([answer('A', A.SUSPENDED), answer('B', A.SUSPENDED)], fact).reason).toBe(
      'A：已暂停；B：已暂停；下一步：向县民政局发起部门间协查',
    );
  });

  it('when no source could answer, gives every source’s reason in order', () => {
    const d = decide(
      [
        answer('A', A.NO_RECORD),
        answer('D', A.ERROR),
        answer('E', A.BAD_RESPONSE),
        answer('F', A.BAD_SIGNATURE),
        answer('S', A.SUSPENDED),
      ],
      fact,
    );
    expect(d).toMatchObject({ outcome: O.UNRESOLVED, route: null, nextRoute: R.INTER_DEPARTMENT, retryAfter: null });
    expect(d.reason).toBe(
      'A：无此人记录；D：返回错误；E：应答格式错误；F：应答签名无效；S：已暂停；下一步：向县民政局发起部门间协查',
    );
  });

  it.each([A.TIMEOUT, A.UNREACHABLE, A.CIRCUIT_OPEN, A.OVERLOADED])(
    'a source that is only temporarily unavailable (%s) makes it UNAVAILABLE with a retry time, not a detour',
    (outcome) => {
      const retryAfter = new Date('2026-12-02T02:30:00.000Z');
      const d = decide([answer('A', A.NO_RECORD), answer('B', outcome)], fact, { registered: 2, retryAfter });
      expect(d).toMatchObject({ outcome: O.UNAVAILABLE, route: null, nextRoute: null, retryAfter });
      expect(d.reason).toMatch(/^数据源暂时无法访问，请于2026年12月2日 10:30后重试（A：无此人记录；B：/);
    },
  );

  it('a settled answer beats a source that is temporarily unavailable', () => {
    expect(decide([answer('A', A.TIMEOUT), answer('B', A.REFUTED)], fact).outcome).toBe(O.REFUTED);
  });

  it('a department not granted any of the registered sources goes on to the owner with that reason', () => {
    expect(decide([], fact, { registered: 2 })).toMatchObject({
      outcome: O.UNRESOLVED,
      nextRoute: R.INTER_DEPARTMENT,
      reason: '本部门未获授权使用该数据源；下一步：向县民政局发起部门间协查',
    });
  });

  it('rounds the retry time up to the minute its message names', () => {
    expect(retryAfterFrom(new Date('2026-12-02T02:25:01.000Z'), 300_000).toISOString()).toBe(
      '2026-12-02T02:31:00.000Z',
    );
    expect(retryAfterFrom(new Date('2026-12-02T02:25:00.000Z'), 300_000).toISOString()).toBe(
      '2026-12-02T02:30:00.000Z',
    );
  });

  it('names an outcome it has no words for by its code rather than dropping it', () => {
    expect(decide([answer('A', A.INTERRUPTED)], fact).reason).toBe('A：INTERRUPTED；下一步：向县民政局发起部门间协查');
  });

  it('a settled answer without a record keeps the record fields empty', () => {
    const d = decide([{ code: 'A', result: { outcome: A.CONFIRMED, latencyMs: 1, reason: null } }], fact);
    expect(d).toMatchObject({ outcome: O.CONFIRMED, recordAsOf: null, recordRef: null });
  });
});
