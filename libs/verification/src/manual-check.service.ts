import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { Caller, callerDepartment } from '#gw/auth';
import { AppException, assertNoIdNumber, formatBeijingTime, UUID_PATTERN } from '#gw/common';
import { AttemptOutcome, settles } from '#gw/sources';
import { RouteResultService } from './route-result.service';
import { awaitsManualCheck, ROUTE_TEXT } from './routes';
import { ManualCheckResult, VerificationOutcome, VerificationRoute } from './verification.enums';
import { RecordManualCheckInput, VerificationModel } from './verification.model';
import { VerificationRepository, VerificationRow } from './verification.repository';
import { VerificationService } from './verification.service';

const RESULT_OUTCOME: Record<ManualCheckResult, AttemptOutcome> = {
  [ManualCheckResult.CONFIRMED]: AttemptOutcome.CONFIRMED,
  [ManualCheckResult.REFUTED]: AttemptOutcome.REFUTED,
};

const FIELD_TEXT = { checkedBy: '核实人', observed: '核实所见', evidenceRef: '证据材料编号' } as const;

// The end of the cascade: when no route remains (已无其他核验途径), the window department that
// asked records its own check (who checked, what was seen, where the evidence is, the result).
// It settles the verification by route MANUAL with a new receipt, through the same route
// result as the other routes, so it is audited and counted as "other routes" by the monitor.
@Injectable()
export class ManualCheckService {
  constructor(
    private readonly repo: VerificationRepository,
    private readonly routes: RouteResultService,
    private readonly verifications: VerificationService,
    private readonly audit: AuditService,
  ) {}

  async record(caller: Caller, input: RecordManualCheckInput): Promise<VerificationModel> {
    const department = callerDepartment(caller);
    if (!UUID_PATTERN.test(input.verificationId))
      throw AppException.badInput('核验 ID 格式不正确', { field: 'verificationId' });
    const text = {
      checkedBy: input.checkedBy.trim(),
      observed: input.observed.trim(),
      evidenceRef: input.evidenceRef.trim(),
    };
    for (const field of ['checkedBy', 'observed', 'evidenceRef'] as const) {
      if (!text[field]) throw AppException.badInput(`请填写${FIELD_TEXT[field]}`, { field });
      assertNoIdNumber(text[field], field, FIELD_TEXT[field]);
    }
    const row = await this.repo.findById(input.verificationId);
    if (!row) throw AppException.notFound('未找到该核验');
    if (row.requesterDepartment !== department)
      throw AppException.forbidden('只有发起该核验的窗口部门可以人工核实', { verificationId: row.id });
    if (!awaitsManualCheck(row)) throw notNow(row);
    const outcome = RESULT_OUTCOME[input.result];
    await this.repo.transaction(async (tx) => {
      // a concurrent check (or route) got there first
      if (!(await this.repo.holdForManualCheck(tx, row.id))) throw notNow((await this.repo.findById(row.id, tx))!);
      await this.routes.apply(tx, caller, row.id, {
        route: VerificationRoute.MANUAL,
        source: department,
        outcome,
        reason: `核实人：${text.checkedBy}；核实所见：${text.observed}`,
        recordRef: text.evidenceRef,
        nextRoute: null,
        startedAt: new Date(),
      });
      await this.audit.record(tx, caller, {
        action: 'verification.manualCheck',
        targetType: 'Verification',
        targetId: row.id,
        detail: { result: input.result, checkedBy: text.checkedBy, evidenceRef: text.evidenceRef },
      });
    });
    return this.verifications.get(caller, row.id);
  }
}

// Why a manual check is refused now: settled, to be retried, or a route still open.
function notNow(row: VerificationRow): AppException {
  const details = { verificationId: row.id, outcome: row.outcome, nextRoute: row.nextRoute };
  if (settles(row.outcome)) return AppException.conflict('该核验已有结论，无需人工核实', details);
  if (row.outcome === VerificationOutcome.UNAVAILABLE)
    return AppException.conflict(
      `数据源暂时无法访问，请于${row.retryAfter ? formatBeijingTime(row.retryAfter) : '稍后'}后以同一幂等键重试，无需人工核实`,
      details,
    );
  if (row.nextRoute)
    return AppException.conflict(
      `尚有其他核验途径（下一步：${ROUTE_TEXT[row.nextRoute as VerificationRoute]}），不能人工核实`,
      details,
    );
  return AppException.conflict('该核验尚未完成，不能人工核实', details);
}
