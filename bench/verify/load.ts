// A closed-loop load driver: `concurrency` workers, each sending its next request as soon as
// the previous one is answered, until the duration is over or the request cap is reached.
// Every request ends as a success (with its latency) or a counted, labelled error.

export type Op = (seq: number) => Promise<void>;

export interface LoadResult {
  concurrency: number;
  durationMs: number; // wall time from the first request to the last answer
  completed: number; // requests that ended (successes + errors)
  ok: number;
  errors: number;
  errorKinds: Record<string, number>; // error label -> count
  errorSamples: string[]; // the first few error messages
  throughput: number; // successful verifications per second
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number }; // of successes
}

export class OpError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_SAMPLES = 5;

export async function runLoad(
  op: Op,
  opts: { concurrency: number; durationMs: number; maxRequests: number; startSeq?: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let issued = 0;
  let seq = opts.startSeq ?? 0;
  const started = performance.now();
  const deadline = started + opts.durationMs;

  const worker = async (): Promise<void> => {
    while (issued < opts.maxRequests && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      try {
        await op(seq++);
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors++;
        const kind =
          err instanceof OpError
            ? err.kind
            : err instanceof Error
              ? `${err.name}: ${err.message.slice(0, 60)}`
              : 'unknown';
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
        if (errorSamples.length < MAX_SAMPLES)
          errorSamples.push(err instanceof Error ? err.message.slice(0, 400) : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const durationMs = performance.now() - started;
  return {
    concurrency: opts.concurrency,
    durationMs: round(durationMs, 1),
    completed: latencies.length + errors,
    ok: latencies.length,
    errors,
    errorKinds,
    errorSamples,
    throughput: round(latencies.length / (durationMs / 1000), 1),
    latencyMs: summarize(latencies),
  };
}

export function summarize(values: number[]): LoadResult['latencyMs'] {
  if (values.length === 0) return { mean: NaN, p50: NaN, p90: NaN, p99: NaN, max: NaN };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    mean: round(mean, 2),
    p50: round(at(0.5), 2),
    p90: round(at(0.9), 2),
    p99: round(at(0.99), 2),
    max: round(sorted[sorted.length - 1], 2),
  };
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
