import type { Logger } from 'pino';
import type { AppConfig, MetricsService } from '#gw/common';
import { AnonymousRefusals, ANONYMOUS_REFUSALS_ACTION } from './anonymous-refusals.service';
import type { AuditService } from './audit.service';

describe(AnonymousRefusals.name, () => {
  function setup() {
    const audit = { recordRefusal: jest.fn().mockResolvedValue(undefined) };
    const metrics = { anonymousRefusals: { inc: jest.fn() } };
    const logger = { warn: jest.fn() };
    const sut = new AnonymousRefusals(
      audit as unknown as AuditService,
      metrics as unknown as MetricsService,
      { anonymousRefusalWindowMs: 1000 } as AppConfig,
      logger as unknown as Logger,
    );
    return { sut, audit, metrics, logger };
  }

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes the first refusal of a window at once and the rest as one summary when the window closes', async () => {
    const { sut, audit, metrics } = setup();
    await sut.record('graphql.verifyFact', 'UNAUTHENTICATED', 'r1');
    for (let i = 0; i < 5; i++) await sut.record('graphql.verifyFact', 'UNAUTHENTICATED', `r${i + 2}`);
    await sut.record('graphql.issueCommunityCertificate', 'UNAUTHENTICATED', 'r7');
    expect(audit.recordRefusal).toHaveBeenCalledTimes(1);
    expect(audit.recordRefusal).toHaveBeenCalledWith(
      { requestId: 'r1' },
      { action: 'graphql.verifyFact', targetType: 'GraphQL', detail: { code: 'UNAUTHENTICATED' } },
    );
    expect(metrics.anonymousRefusals.inc).toHaveBeenCalledTimes(7);

    await jest.advanceTimersByTimeAsync(1000);
    expect(audit.recordRefusal).toHaveBeenCalledTimes(2);
    expect(audit.recordRefusal.mock.calls[1][1]).toMatchObject({
      action: ANONYMOUS_REFUSALS_ACTION,
      detail: {
        code: 'UNAUTHENTICATED',
        count: 6,
        actions: { 'graphql.verifyFact': 5, 'graphql.issueCommunityCertificate': 1 },
      },
    });

    // a new window starts with an immediate write again
    await sut.record('graphql.verifyFact', 'UNAUTHENTICATED', 'r8');
    expect(audit.recordRefusal).toHaveBeenCalledTimes(3);
  });

  it('writes no summary for a window with a single refusal', async () => {
    const { sut, audit } = setup();
    await sut.record('graphql.verifyFact', 'UNAUTHENTICATED', 'r1');
    await jest.advanceTimersByTimeAsync(5000);
    expect(audit.recordRefusal).toHaveBeenCalledTimes(1);
  });

  it('writes what it has counted when the gateway shuts down', async () => {
    const { sut, audit, logger } = setup();
    await sut.record('graphql.verifyFact', 'UNAUTHENTICATED', 'r1');
    await sut.record('graphql.verifyFact', 'UNAUTHENTICATED', 'r2');
    await sut.onModuleDestroy();
    expect(audit.recordRefusal).toHaveBeenCalledTimes(2);
    expect(audit.recordRefusal.mock.calls[1][1].detail).toMatchObject({ count: 1 });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});
