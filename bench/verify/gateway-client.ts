import { randomUUID } from 'node:crypto';
import { HttpClient } from './http';
import { OpError } from './load';
import { WorkItem } from './workload';

// Drives the gateway the way an approval window would: one verifyFact mutation per request, a
// fresh idempotency key each time, and the answer checked.

export const VERIFY_FACT = `mutation VerifyFact($input: VerifyFactInput!) {
  verifyFact(input: $input) { id status outcome route source receipt attempts { source outcome latencyMs reason } }
}`;

interface VerifyFactAnswer {
  data?: {
    verifyFact?: {
      id: string;
      status: string;
      outcome: string | null;
      route: string | null;
      source: string | null;
      receipt: string | null;
      attempts: { source: string | null; outcome: string; latencyMs: number | null; reason: string | null }[];
    } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class GatewayClient {
  private readonly urls: URL[];
  private readonly headers: Record<string, string>;
  private readonly runId = randomUUID().slice(0, 8);

  constructor(
    private readonly http: HttpClient,
    gatewayUrls: string[],
    token: string,
    private readonly items: WorkItem[],
  ) {
    // replicas behind one database: requests go round-robin, as a load balancer would send them
    this.urls = gatewayUrls.map((u) => new URL('/graphql', u));
    this.headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  }

  readonly op = async (seq: number): Promise<void> => {
    const item = this.items[seq % this.items.length];
    const body = JSON.stringify({
      query: VERIFY_FACT,
      variables: {
        input: {
          factType: item.factType,
          subject: item.subject,
          claim: item.claim,
          matter: '基准测试：最低生活保障申请',
          purpose: '核验申请人所称事实',
          idempotencyKey: `bench-${this.runId}-${seq}`,
        },
      },
    });
    const res = await this.http.post(this.urls[seq % this.urls.length], body, this.headers);
    let answer: VerifyFactAnswer;
    try {
      answer = JSON.parse(res.text) as VerifyFactAnswer;
    } catch {
      throw new OpError(`HTTP ${res.status} non-JSON`, `HTTP ${res.status}: ${res.text.slice(0, 200)}`);
    }
    if (answer.errors?.length) {
      const code = answer.errors[0].extensions?.code ?? 'NO_CODE';
      throw new OpError(`GraphQL ${code}`, `HTTP ${res.status} ${code}: ${answer.errors[0].message}`);
    }
    const v = answer.data?.verifyFact;
    if (res.status !== 200 || !v)
      throw new OpError(`HTTP ${res.status}`, `HTTP ${res.status}: ${res.text.slice(0, 200)}`);
    if (v.status !== 'DONE') throw new OpError(`status ${v.status}`, `verification ${v.id} is ${v.status}`);
    if (v.outcome !== 'CONFIRMED' && v.outcome !== 'REFUTED') {
      const reasons = v.attempts.map((a) => `${a.source}:${a.outcome}${a.reason ? `(${a.reason})` : ''}`).join(', ');
      throw new OpError(
        `outcome ${v.outcome} (${v.attempts.map((a) => `${a.source}:${a.outcome}`).join(', ')})`,
        `verification ${v.id} ${v.outcome}: ${reasons}`,
      );
    }
    if (v.outcome !== item.expected)
      throw new OpError('wrong outcome', `${item.factType} expected ${item.expected}, got ${v.outcome}`);
    if (!v.receipt) throw new OpError('no receipt', `verification ${v.id} has no receipt`);
  };
}
