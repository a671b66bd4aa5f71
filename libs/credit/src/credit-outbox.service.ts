import { Inject, Injectable } from '@nestjs/common';
import { AccessPolicy, Caller } from '#gw/auth';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  emptyPage,
  containsIdNumber,
  Page,
  PageArgs,
  pageRequest,
  sliceToPage,
  TIME_AND_ID_KEY,
  uuidv7,
} from '#gw/common';
import { Prisma, Tx } from '#gw/db';
import { CREDIT_PLATFORM, CreditOutboxRepository, CreditOutboxRow, PENDING } from './credit-outbox.repository';
import { CreditDeliveryModel, CreditDeliveryStatus, CreditDeliverySummaryModel, CreditEventType } from './credit.model';

export interface CreditEventInput {
  id?: string;
  type: 'CREDIT_RECORD_CREATED' | 'CREDIT_RECORD_REPAIRED';
  payload: Record<string, unknown>;
  // the person's ID number as SubjectHasher.seal sealed it: kept sealed beside the event (never
  // in the payload) and delivered to the credit platform as `subject.idNumber`, then erased
  subjectSealed?: string | null;
}

// Work a department hears about through its webhook (DEPARTMENT_WEBHOOKS).
export type DepartmentNoticeType = 'ASSIST_REQUESTED' | 'ASSIST_OVERDUE' | 'POST_VERIFICATION_DUE';

export interface DepartmentNoticeInput {
  type: DepartmentNoticeType;
  department: string;
  // what the notice is about (an assist request's or a commitment's id): with the type and the
  // department it makes the event id, stable across redeliveries
  subjectId: string;
  payload: Record<string, unknown>;
}

// The stable id of a department notice: the same work, the same event, however often it is sent.
export function noticeEventId(n: Pick<DepartmentNoticeInput, 'type' | 'department' | 'subjectId'>): string {
  return `${n.type}:${n.department}:${n.subjectId}`;
}

const EVENT_TYPES: readonly string[] = Object.values(CreditEventType);
const MAX_ID_LENGTH = 200;

@Injectable()
export class CreditOutboxService {
  constructor(
    private readonly repo: CreditOutboxRepository,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Written in the caller's transaction, so the event exists exactly when the business change
  // that caused it committed.
  async enqueue(tx: Tx, event: CreditEventInput): Promise<string> {
    if (!EVENT_TYPES.includes(event.type)) throw new Error(`unknown credit event type ${String(event.type)}`);
    if (typeof event.payload !== 'object' || event.payload === null || Array.isArray(event.payload))
      throw new Error('credit event payload must be an object');
    if (
      event.id !== undefined &&
      (typeof event.id !== 'string' || event.id.trim() === '' || event.id.length > MAX_ID_LENGTH)
    ) {
      throw new Error(`credit event id must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
    }
    // the payload leaves the gateway, so the business change must not commit with a raw ID
    // number in it (free text such as a note can carry one)
    if (containsIdNumber(JSON.stringify(event.payload)))
      throw AppException.badInput('报送信用平台的内容不得包含公民身份号码原文，请删去后重试');
    const id = event.id ?? uuidv7();
    const now = new Date();
    await this.repo.create(tx, {
      id,
      destination: CREDIT_PLATFORM,
      type: event.type,
      payload: event.payload as Prisma.InputJsonValue,
      subjectSealed: event.subjectSealed ?? null,
      status: PENDING,
      nextAttemptAt: now,
      createdAt: now,
    });
    return id;
  }

  // A notice for a department's webhook, in the caller's transaction, through the same outbox
  // (at least once, signed, retried with backoff). Null when the department has no webhook.
  async enqueueNotice(tx: Tx, notice: DepartmentNoticeInput): Promise<string | null> {
    if (!this.config.departmentWebhooks[notice.department]) return null;
    if (containsIdNumber(JSON.stringify(notice.payload)))
      throw new Error('a department notice must not carry a raw ID number');
    const id = noticeEventId(notice);
    const now = new Date();
    await this.repo.create(tx, {
      id,
      destination: notice.department,
      type: notice.type,
      payload: { department: notice.department, ...notice.payload } as Prisma.InputJsonValue,
      status: PENDING,
      nextAttemptAt: now,
      createdAt: now,
    });
    return id;
  }

  async list(
    caller: Caller,
    status: CreditDeliveryStatus | undefined,
    page?: PageArgs,
  ): Promise<Page<CreditDeliveryModel>> {
    const { size, take, after: before } = pageRequest(page, TIME_AND_ID_KEY);
    // credit events are the county's: another region's overseer finds none
    if (!(await this.policy.overseesCounty(caller, 'creditDelivery'))) return emptyPage();
    const { rows, total } = await this.repo.page({ status, destination: CREDIT_PLATFORM }, before, take);
    return sliceToPage(rows.map(toModel), size, total, TIME_AND_ID_KEY.encode);
  }

  async summary(caller: Caller): Promise<CreditDeliverySummaryModel> {
    await this.policy.assertOverseesCounty(caller, 'creditDelivery');
    return this.repo.summarize();
  }
}

function toModel(row: CreditOutboxRow): CreditDeliveryModel {
  return {
    id: row.id,
    type: row.type as CreditEventType,
    status: row.status as CreditDeliveryStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
    payload: row.payload,
  };
}
