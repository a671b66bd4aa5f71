import type { AttemptResult } from '#gw/sources';
import { AttemptOutcome as A } from '#gw/sources';
import { decide, SourceAnswer } from './decide';
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
        answer('B', A.TIMEOUT),
        answer('C', A.UNREACHABLE),
        answer('D', A.ERROR),
        answer('E', A.BAD_RESPONSE),
        answer('F', A.BAD_SIGNATURE),
        answer('G', A.CIRCUIT_OPEN),
        answer('H', A.OVERLOADED),
      ],
      fact,
    );
    expect(d.outcome).toBe(O.UNRESOLVED);
    expect(d.route).toBeNull();
    expect(d.reason).toBe(
      'A：无此人记录；B：超时；C：无法连接；D：返回错误；E：应答格式错误；F：应答签名无效；G：熔断中；H：并发已满' +
        '；下一步：向县民政局发起部门间协查',
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
