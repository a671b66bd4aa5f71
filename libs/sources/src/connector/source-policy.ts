import {
  BrokenCircuitError,
  BulkheadPolicy,
  bulkhead,
  circuitBreaker,
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  handleWhen,
  handleWhenResult,
  retry,
  RetryPolicy,
  timeout,
  TimeoutPolicy,
  TimeoutStrategy,
} from 'cockatiel';
import { BreakerState } from '../sources.enums';

export interface SourcePolicyOptions {
  // the whole call: waiting for a slot, the HTTP exchange and its one retry
  timeoutMs: number;
  maxConcurrency: number;
  breakerFailures: number;
  breakerOpenMs: number;
}

export interface CallContext {
  // aborted when the source's timeout has passed
  signal: AbortSignal;
  // runs op again once when it failed with an error isRetryable accepts (the connection broke
  // before any response), unless the timeout has passed
  retryOnce<T>(op: () => Promise<T>): Promise<T>;
}

export type Refusal = 'OVERLOADED' | 'CIRCUIT_OPEN';
export type Admission<R> = { admitted: true; result: R } | { admitted: false; refusal: Refusal };

const OVERLOADED: Admission<never> = { admitted: false, refusal: 'OVERLOADED' };
const CIRCUIT_OPEN: Admission<never> = { admitted: false, refusal: 'CIRCUIT_OPEN' };

// Timeout, bulkhead, circuit breaker and retry for one version of a source's registration,
// from cockatiel, composed as the gateway wants them:
//
//   timeout(timeoutMs) → bulkhead(maxConcurrency; a wait of at most timeoutMs/2) →
//   breaker(breakerFailures consecutive failures, open for breakerOpenMs, then one trial) →
//   the call, which may retry its HTTP exchange once (retryOnce)
//
// The call returns its result rather than throwing; isFailure says which results count against
// the breaker. Two things cockatiel does differently are adjusted here: its bulkhead queue has
// a length, not a waiting time, and callers arriving during a half-open trial wait for the
// trial instead of being refused.
export class SourcePolicy<R> {
  private readonly deadline: TimeoutPolicy;
  private readonly slots: BulkheadPolicy;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retry: RetryPolicy;
  private readonly waitMs: number;
  private openedAt = 0;

  constructor(
    private readonly options: SourcePolicyOptions,
    isFailure: (result: R) => boolean,
    isRetryable: (err: Error) => boolean,
  ) {
    // abortOnReturn off: by default cockatiel aborts the signal of every call that has returned,
    // which builds a DOMException (an Error with its stack) per verification; the call has read
    // the whole answer by then (SourceClient.post), so there is nothing left to cancel.
    this.deadline = timeout(options.timeoutMs, { strategy: TimeoutStrategy.Cooperative, abortOnReturn: false });
    // the queue is bounded by time (waitMs), not by length, as callers wait in admit()
    this.slots = bulkhead(options.maxConcurrency, Number.POSITIVE_INFINITY);
    this.breaker = circuitBreaker(
      handleWhenResult((result) => isFailure(result as R)),
      { halfOpenAfter: options.breakerOpenMs, breaker: new ConsecutiveBreaker(options.breakerFailures) },
    );
    this.breaker.onBreak(() => (this.openedAt = Date.now()));
    this.retry = retry(handleWhen(isRetryable), { maxAttempts: 1 });
    this.waitMs = Math.floor(options.timeoutMs / 2);
  }

  // As the registry and the metric show it: an open breaker whose open period has passed lets
  // the next call through as its trial, so it reads HALF_OPEN before that call comes.
  get state(): BreakerState {
    switch (this.breaker.state) {
      case CircuitState.Closed:
        return BreakerState.CLOSED;
      case CircuitState.HalfOpen:
        return BreakerState.HALF_OPEN;
      case CircuitState.Open:
        return Date.now() - this.openedAt >= this.options.breakerOpenMs ? BreakerState.HALF_OPEN : BreakerState.OPEN;
      case CircuitState.Isolated:
        return BreakerState.OPEN;
    }
  }

  get freeSlots(): number {
    return this.slots.executionSlots;
  }

  run(call: (ctx: CallContext) => Promise<R>): Promise<Admission<R>> {
    return this.deadline.execute(({ signal }) =>
      this.admit(() =>
        this.pass(() => call({ signal, retryOnce: (op) => this.retry.execute(() => op(), signal) }), signal),
      ),
    );
  }

  // A caller waits for a slot at most waitMs. cockatiel's queue forgets no one, so a caller who
  // gave up stays queued and, when its turn comes, returns at once without calling: the slot
  // passes on to the next one in the queue.
  private admit(work: () => Promise<Admission<R>>): Promise<Admission<R>> {
    if (this.slots.executionSlots > 0) return this.slots.execute(work);
    let gaveUp = false;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<Admission<R>>((resolve) => {
      timer = setTimeout(() => {
        gaveUp = true;
        resolve(OVERLOADED);
      }, this.waitMs);
    });
    const admitted = this.slots.execute(() => {
      if (gaveUp) return OVERLOADED;
      clearTimeout(timer);
      return work();
    });
    return Promise.race([admitted, waited]);
  }

  private async pass(call: () => Promise<R>, signal: AbortSignal): Promise<Admission<R>> {
    // one trial at a time: the others are refused as while open, not made to wait for it
    if (this.breaker.state === CircuitState.HalfOpen) return CIRCUIT_OPEN;
    try {
      return { admitted: true, result: (await this.breaker.execute(call, signal)) as R };
    } catch (err) {
      if (err instanceof BrokenCircuitError) return CIRCUIT_OPEN;
      throw err;
    }
  }
}
