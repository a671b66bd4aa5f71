import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER, MetricsService } from '#gw/common';
import { AuditService } from './audit.service';

interface Window {
  from: Date;
  count: number;
  actions: Record<string, number>;
}

export const ANONYMOUS_REFUSALS_ACTION = 'graphql.anonymousRefusals';

// Anyone can send mutations without a token, and each audit event is a write (and later a link
// in the chain).
// The first such refusal in a window is written at once, so a lone probe shows up immediately;
// the rest of the window is counted and written as one summary event when it closes.
@Injectable()
export class AnonymousRefusals implements OnModuleDestroy {
  private window: Window | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async record(action: string, code: string, requestId: string | undefined): Promise<void> {
    this.metrics.anonymousRefusals.inc();
    if (this.window) {
      this.window.count += 1;
      this.window.actions[action] = (this.window.actions[action] ?? 0) + 1;
      return;
    }
    this.window = { from: new Date(), count: 0, actions: {} };
    this.timer = setTimeout(() => void this.flush(), this.config.anonymousRefusalWindowMs);
    this.timer.unref();
    await this.audit.recordRefusal({ requestId }, { action, targetType: 'GraphQL', detail: { code } });
  }

  async flush(): Promise<void> {
    const w = this.window;
    this.window = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!w || w.count === 0) return;
    const detail = {
      code: 'UNAUTHENTICATED',
      count: w.count,
      actions: w.actions,
      from: w.from.toISOString(),
      to: new Date().toISOString(),
    };
    this.logger.warn(detail, 'mutations refused without a valid token');
    await this.audit.recordRefusal({}, { action: ANONYMOUS_REFUSALS_ACTION, targetType: 'GraphQL', detail });
  }

  onModuleDestroy(): Promise<void> {
    return this.flush();
  }
}
