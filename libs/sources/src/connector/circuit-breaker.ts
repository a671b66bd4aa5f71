import { BreakerState } from '../sources.enums';

// Per-source breaker: after `failureThreshold` consecutive failures the source is skipped for
// `openMs`; then one trial call decides whether it closes again.
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private state_ = BreakerState.CLOSED;

  constructor(
    private readonly failureThreshold: number,
    private readonly openMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.state_ === BreakerState.OPEN && this.now() - this.openedAt >= this.openMs) return BreakerState.HALF_OPEN;
    return this.state_;
  }

  // Returns false when the call must not be made.
  tryPass(): boolean {
    const state = this.state;
    if (state === BreakerState.CLOSED) return true;
    if (state === BreakerState.OPEN || this.trialInFlight) return false;
    this.trialInFlight = true;
    this.state_ = BreakerState.HALF_OPEN;
    return true;
  }

  onSuccess(): void {
    this.failures = 0;
    this.trialInFlight = false;
    this.state_ = BreakerState.CLOSED;
  }

  onFailure(): void {
    this.trialInFlight = false;
    this.failures++;
    if (this.state_ === BreakerState.HALF_OPEN || this.failures >= this.failureThreshold) {
      this.state_ = BreakerState.OPEN;
      this.openedAt = this.now();
    }
  }
}
