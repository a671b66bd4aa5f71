import { BreakerState } from '../sources.enums';
import { CircuitBreaker } from './circuit-breaker';
import { Semaphore } from './semaphore';

describe(CircuitBreaker.name, () => {
  function setup() {
    let now = 1000;
    const sut = new CircuitBreaker(3, 5000, () => now);
    return { sut, advance: (ms: number) => (now += ms) };
  }

  it('opens after consecutive failures and refuses calls while open', () => {
    const { sut } = setup();
    for (let i = 0; i < 3; i++) {
      expect(sut.tryPass()).toBe(true);
      sut.onFailure();
    }
    expect(sut.state).toBe(BreakerState.OPEN);
    expect(sut.tryPass()).toBe(false);
  });

  it('a success resets the failure count', () => {
    const { sut } = setup();
    sut.onFailure();
    sut.onFailure();
    sut.onSuccess();
    sut.onFailure();
    expect(sut.state).toBe(BreakerState.CLOSED);
  });

  it('lets one trial through after the open period and closes on success', () => {
    const { sut, advance } = setup();
    for (let i = 0; i < 3; i++) sut.onFailure();
    advance(5000);
    expect(sut.state).toBe(BreakerState.HALF_OPEN);
    expect(sut.tryPass()).toBe(true);
    expect(sut.tryPass()).toBe(false);
    sut.onSuccess();
    expect(sut.state).toBe(BreakerState.CLOSED);
  });

  it('reopens when the trial fails', () => {
    const { sut, advance } = setup();
    for (let i = 0; i < 3; i++) sut.onFailure();
    advance(5000);
    sut.tryPass();
    sut.onFailure();
    expect(sut.state).toBe(BreakerState.OPEN);
    expect(sut.tryPass()).toBe(false);
  });
});

describe(Semaphore.name, () => {
  it('grants up to the limit and queues the rest', async () => {
    const sut = new Semaphore(2);
    const a = await sut.acquire(100);
    const b = await sut.acquire(100);
    expect(sut.inUse).toBe(2);
    const waiting = sut.acquire(1000);
    a!();
    const c = await waiting;
    expect(c).not.toBeNull();
    expect(sut.inUse).toBe(2);
    b!();
    c!();
    expect(sut.inUse).toBe(0);
  });

  it('gives up when no slot frees in time', async () => {
    const sut = new Semaphore(1);
    const held = await sut.acquire(10);
    await expect(sut.acquire(20)).resolves.toBeNull();
    held!();
    held!();
    expect(sut.inUse).toBe(0);
  });
});
