import { BreakerState } from '../sources.enums';
import { Admission, CallContext, SourcePolicy, SourcePolicyOptions } from './source-policy';

type Outcome = 'ok' | 'fail';
const retryable = Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });

function setup(options: Partial<SourcePolicyOptions> = {}) {
  const sut = new SourcePolicy<Outcome>(
    { timeoutMs: 400, maxConcurrency: 2, breakerFailures: 3, breakerOpenMs: 80, ...options },
    (r) => r === 'fail',
    (err) => (err as { code?: string }).code === 'ECONNRESET',
  );
  let calls = 0;
  const run = (outcome: Outcome | ((ctx: CallContext) => Promise<Outcome>)) =>
    sut.run(async (ctx) => {
      calls++;
      return typeof outcome === 'function' ? outcome(ctx) : outcome;
    });
  return { sut, run, calls: () => calls };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ok = (result: Outcome): Admission<Outcome> => ({ admitted: true, result });
const refused = (refusal: 'OVERLOADED' | 'CIRCUIT_OPEN'): Admission<Outcome> => ({ admitted: false, refusal });

// a call held open until the test lets it go
function held() {
  let release!: (o: Outcome) => void;
  const done = new Promise<Outcome>((r) => (release = r));
  return { call: () => done, release };
}

describe(SourcePolicy.name, () => {
  describe('breaker', () => {
    it('opens after consecutive failures and refuses calls while open, without calling', async () => {
      const { sut, run, calls } = setup();
      for (let i = 0; i < 3; i++) expect(await run('fail')).toEqual(ok('fail'));
      expect(sut.state).toBe(BreakerState.OPEN);
      expect(await run('ok')).toEqual(refused('CIRCUIT_OPEN'));
      expect(calls()).toBe(3);
    });

    it('a success resets the failure count', async () => {
      const { sut, run } = setup();
      await run('fail');
      await run('fail');
      await run('ok');
      await run('fail');
      await run('fail');
      expect(sut.state).toBe(BreakerState.CLOSED);
    });

    it('reads HALF_OPEN once the open period passed, lets one trial through and closes on its success', async () => {
      const { sut, run, calls } = setup();
      for (let i = 0; i < 3; i++) await run('fail');
      await sleep(100);
      expect(sut.state).toBe(BreakerState.HALF_OPEN);
      const trial = held();
      const first = run(() => trial.call());
      // the others are refused while the trial runs, not made to wait for it
      expect(await run('ok')).toEqual(refused('CIRCUIT_OPEN'));
      expect(sut.state).toBe(BreakerState.HALF_OPEN);
      trial.release('ok');
      expect(await first).toEqual(ok('ok'));
      expect(sut.state).toBe(BreakerState.CLOSED);
      expect(await run('ok')).toEqual(ok('ok'));
      expect(calls()).toBe(5);
    });

    it('reopens when the trial fails, for another open period', async () => {
      const { sut, run } = setup();
      for (let i = 0; i < 3; i++) await run('fail');
      await sleep(100);
      expect(await run('fail')).toEqual(ok('fail'));
      expect(sut.state).toBe(BreakerState.OPEN);
      expect(await run('ok')).toEqual(refused('CIRCUIT_OPEN'));
    });

    it('a call that ends by throwing is not the breaker’s business and propagates', async () => {
      const { sut, run } = setup();
      await expect(run(() => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
      expect(sut.state).toBe(BreakerState.CLOSED);
    });
  });

  describe('bulkhead', () => {
    it('runs up to maxConcurrency calls at once and queues the rest until a slot frees', async () => {
      const { sut, run } = setup();
      const a = held();
      const b = held();
      const first = run(() => a.call());
      const second = run(() => b.call());
      expect(sut.freeSlots).toBe(0);
      let thirdStarted = false;
      const third = run(async () => {
        thirdStarted = true;
        return 'ok';
      });
      await sleep(20);
      expect(thirdStarted).toBe(false);
      a.release('ok');
      expect(await third).toEqual(ok('ok'));
      expect(thirdStarted).toBe(true);
      b.release('ok');
      await Promise.all([first, second]);
      expect(sut.freeSlots).toBe(2);
    });

    it('a caller waits at most half the timeout, then is OVERLOADED and never calls', async () => {
      const { sut, run } = setup({ maxConcurrency: 1, timeoutMs: 200 });
      const a = held();
      const first = run(() => a.call());
      let lateCalled = false;
      const started = Date.now();
      const late = await run(async () => {
        lateCalled = true;
        return 'ok';
      });
      expect(late).toEqual(refused('OVERLOADED'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(95);
      expect(Date.now() - started).toBeLessThan(190);
      // the slot passes over the caller who gave up to the next one waiting
      const next = run('ok');
      a.release('ok');
      await first;
      expect(await next).toEqual(ok('ok'));
      expect(lateCalled).toBe(false);
      expect(sut.freeSlots).toBe(1);
    });

    it('an OVERLOADED caller counts neither way for the breaker', async () => {
      const { sut, run } = setup({ maxConcurrency: 1, timeoutMs: 100, breakerFailures: 1 });
      const a = held();
      const first = run(() => a.call());
      expect(await run('ok')).toEqual(refused('OVERLOADED'));
      a.release('ok');
      await first;
      expect(sut.state).toBe(BreakerState.CLOSED);
    });
  });

  describe('timeout and retry', () => {
    it('aborts the call’s signal when the timeout passes, time spent waiting for a slot included', async () => {
      const { run } = setup({ maxConcurrency: 1, timeoutMs: 200 });
      const a = held();
      const first = run(() => a.call());
      setTimeout(() => a.release('ok'), 60);
      const started = Date.now();
      const second = await run(
        ({ signal }) =>
          new Promise<Outcome>((resolve) => signal.addEventListener('abort', () => resolve('fail'), { once: true })),
      );
      expect(second).toEqual(ok('fail'));
      // 60 ms waiting, the rest of the 200 ms calling
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(Date.now() - started).toBeLessThan(350);
      await first;
    });

    it('retries an exchange once when the connection failed, and not a second time', async () => {
      const { run } = setup();
      let tries = 0;
      const flaky = async () => {
        if (++tries === 1) throw retryable;
        return 'ok' as const;
      };
      expect(await run(({ retryOnce }) => retryOnce(flaky))).toEqual(ok('ok'));
      expect(tries).toBe(2);

      tries = 0;
      const broken = async (): Promise<Outcome> => {
        tries++;
        throw retryable;
      };
      await expect(run(({ retryOnce }) => retryOnce(broken))).rejects.toBe(retryable);
      expect(tries).toBe(2);
    });

    it('does not retry other errors, nor after the timeout', async () => {
      const { run } = setup({ timeoutMs: 50 });
      let tries = 0;
      const other = async (): Promise<Outcome> => {
        tries++;
        throw new Error('HTTP parser error');
      };
      await expect(run(({ retryOnce }) => retryOnce(other))).rejects.toThrow('HTTP parser error');
      expect(tries).toBe(1);

      tries = 0;
      const lateReset = async (): Promise<Outcome> => {
        tries++;
        await sleep(80);
        throw retryable;
      };
      await expect(run(({ retryOnce }) => retryOnce(lateReset))).rejects.toBe(retryable);
      expect(tries).toBe(1);
    });
  });
});
