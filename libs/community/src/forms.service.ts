import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { BurdenRecorder } from '#gw/burden';
import { AccessPolicy, actsForCommunity, Caller, scopeWithin } from '#gw/auth';
import { assertCommunityLevel, CatalogService, ListKind, regionPrefix } from '#gw/catalog';
import { AppException, emptyPage, Page, PageArgs, pageRequest, sliceToPage, UUID_KEY, uuidv7 } from '#gw/common';
import { isUniqueViolation } from '#gw/db';
import { FormFilingFilter, FormFilingModel, RecordFormFilingInput } from './forms.model';
import { FormsRepository } from './forms.repository';

const PERIOD_BY_FREQUENCY: Record<string, { pattern: RegExp; example: string }> = {
  MONTHLY: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2026-11' },
  QUARTERLY: { pattern: /^\d{4}-Q[1-4]$/, example: '2026-Q4' },
  HALF_YEARLY: { pattern: /^\d{4}-H[12]$/, example: '2026-H2' },
  YEARLY: { pattern: /^\d{4}$/, example: '2026' },
};

// 二（四）: communities fill only the forms on the forms list in force, at its frequency; each
// filing is recorded so the burden on communities can be measured.
@Injectable()
export class FormsService {
  constructor(
    private readonly repo: FormsRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly burden: BurdenRecorder,
    private readonly policy: AccessPolicy,
  ) {}

  async record(caller: Caller, input: RecordFormFilingInput): Promise<FormFilingModel> {
    if (!actsForCommunity(caller, input.communityCode))
      throw AppException.forbidden('只能为本人所在社区登记填报', { communityCode: input.communityCode });
    assertCommunityLevel(await this.catalog.region(input.communityCode));
    const list = await this.catalog.listInForce(ListKind.FORM);
    const name = input.form.trim();
    const item = list.items.find((i) => i.content === name);
    if (!item)
      throw AppException.forbidden(`“${name}”不在《${list.title}》内，社区不应填报；请要求部门通过乡镇纳入清单`, {
        reason: 'NOT_LISTED',
        listVersionId: list.id,
      });
    const rule = PERIOD_BY_FREQUENCY[item.frequency ?? 'YEARLY'];
    if (!rule.pattern.test(input.period))
      throw AppException.badInput(`该表格按${item.frequency}填报，填报期格式应如 ${rule.example}`, { field: 'period' });
    const id = uuidv7();
    try {
      const row = await this.repo.transaction(async (tx) => {
        const filedAt = new Date();
        const created = await this.repo.create(tx, {
          id,
          communityCode: input.communityCode,
          listItemId: item.id,
          formName: item.content,
          period: input.period,
          filedBy: caller.user.subject,
          filedAt,
        });
        await this.burden.record(tx, input.communityCode, filedAt, 'formsFiled');
        await this.audit.record(tx, caller, {
          action: 'community.fileForm',
          targetType: 'FormFiling',
          targetId: id,
          detail: { communityCode: input.communityCode, listItemId: item.id, period: input.period },
        });
        return created;
      });
      return row;
    } catch (err) {
      if (isUniqueViolation(err)) throw AppException.conflict('本期已登记过该表格的填报', { period: input.period });
      throw err;
    }
  }

  async list(caller: Caller, filter: FormFilingFilter, page?: PageArgs): Promise<Page<FormFilingModel>> {
    const { size, take, after: beforeId } = pageRequest(page, UUID_KEY);
    let scope = await this.policy.communityScope(caller, 'formFiling');
    if (filter.regionCode) {
      const region = await this.catalog.region(filter.regionCode);
      const within = scopeWithin(scope, { code: region.code, prefix: regionPrefix(region.code, region.level) });
      if (!within) throw AppException.forbidden('只能查看本辖区的社区填报记录', { regionCode: region.code });
      scope = within;
    }
    if (scope.prefixes.length === 0) return emptyPage();
    const { rows, total } = await this.repo.page(scope.prefixes, beforeId, take);
    return sliceToPage(rows, size, total, (r) => r.id);
  }
}
