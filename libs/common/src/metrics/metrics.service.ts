import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// Metadata only: labels are codes and outcomes, never a person or a payload.
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly verifications = new Counter({
    name: 'gateway_verifications_total',
    help: 'Finished fact verifications by outcome and settling route',
    labelNames: ['outcome', 'route'] as const,
    registers: [this.registry],
  });

  readonly anonymousRefusals = new Counter({
    name: 'gateway_anonymous_refusals_total',
    help: 'Mutations refused for a missing or invalid token',
    registers: [this.registry],
  });

  readonly verificationsShed = new Counter({
    name: 'gateway_verifications_shed_total',
    help: 'Verifications refused because this instance already had its maximum in flight',
    registers: [this.registry],
  });

  readonly verificationDuration = new Histogram({
    name: 'gateway_verification_duration_seconds',
    help: 'Time from request to stored outcome',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly sourceLatency = new Histogram({
    name: 'gateway_source_request_duration_seconds',
    help: 'Latency of calls to data sources',
    labelNames: ['source', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly sourceErrors = new Counter({
    name: 'gateway_source_errors_total',
    help: 'Failed or skipped calls to data sources by kind',
    labelNames: ['source', 'kind'] as const,
    registers: [this.registry],
  });

  readonly breakerState = new Gauge({
    name: 'gateway_source_breaker_state',
    help: 'Circuit breaker state per source in this instance: 0 closed, 1 half-open, 2 open',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  readonly communityChecks = new Counter({
    name: 'gateway_community_checks_total',
    help: 'Community certificate checks by decision and reason',
    labelNames: ['decision', 'reason'] as const,
    registers: [this.registry],
  });

  readonly creditDelivered = new Counter({
    name: 'gateway_credit_events_delivered_total',
    help: 'Credit events the credit platform acknowledged (2xx)',
    registers: [this.registry],
  });

  readonly creditDeliveryFailures = new Counter({
    name: 'gateway_credit_delivery_failures_total',
    help: 'Failed credit event deliveries by kind (http, timeout, connection)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly creditPending = new Gauge({
    name: 'gateway_credit_events_pending',
    help: 'Credit events in the outbox not yet acknowledged, as last seen by this instance',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
  }
}
