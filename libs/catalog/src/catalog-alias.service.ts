import { Injectable } from '@nestjs/common';
import { AuditService } from '#gw/audit';
import { AccessPolicy, Caller } from '#gw/auth';
import {
  AppException,
  emptyPage,
  Page,
  PageArgs,
  pageRequest,
  SEQUENCE_KEY,
  sliceToPage,
  uuidv7,
  UUID_PATTERN,
} from '#gw/common';
import { isUniqueViolation, Tx } from '#gw/db';
import { compactText, hasHan, screenNegative } from '#gw/matching';
import { ReferenceCache } from '#gw/reference';
import { certificateSearchText } from './catalog-search';
import { ListKind } from './catalog.enums';
import { CatalogAliasRepository, CertificateAliasRow } from './catalog-alias.repository';
import {
  AddCertificateAliasInput,
  CatalogRevisionModel,
  CertificateAliasModel,
  RetireCertificateAliasInput,
} from './catalog-alias.model';
import { CatalogService } from './catalog.service';
import type { CertificateRow } from './catalog.repository';

const ATTEMPTS = 3;

// A list administrator teaches the matcher what communities hear: an alias added to an entry is
// a new catalog version, audited, applied by this instance's matcher at once and by the other
// replicas' at their next poll of the reference versions. Aliases are retired, never deleted.
@Injectable()
export class CatalogAliasService {
  constructor(
    private readonly repo: CatalogAliasRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
    private readonly reference: ReferenceCache,
  ) {}

  // The catalog is the county's: only a county list administrator changes it.
  async add(caller: Caller, input: AddCertificateAliasInput): Promise<CertificateAliasModel> {
    await this.policy.assertOverseesCounty(caller, 'catalog');
    const certificate = await this.catalog.certificateRow(input.certificateCode);
    const alias = input.alias.trim().replace(/\s+/g, '');
    const normalized = compactText(alias);
    if (normalized.length < 2 || normalized.length > 30 || !hasHan(normalized))
      throw AppException.badInput('别称须为 2–30 个字的中文叫法', { field: 'alias' });
    // an alias is a way of saying the certificate's name, never a person's data
    if (/[0-9]/.test(normalized)) throw AppException.badInput('别称中不能含有数字', { field: 'alias' });
    const reason = this.reason(input.reason);
    const negative = await this.catalog.listInForce(ListKind.NEGATIVE);
    if (screenNegative([alias], negative.items).verdict === 'REFUSE')
      throw AppException.badInput('这个叫法属于负面清单事项，不能作为证明事项的别称', { field: 'alias' });
    const holder = (await this.catalog.allCertificateRows()).find((c) => namesOf(c).includes(normalized));
    if (holder) throw this.taken(holder, certificate.code);

    for (let attempt = 1; ; attempt++) {
      try {
        const row = await this.repo.transaction(async (tx) => {
          const version = await this.repo.nextVersion(tx);
          await this.repo.addRevision(tx, {
            version,
            action: 'ALIAS_ADDED',
            certificateCode: certificate.code,
            alias,
            reason,
            actorSubject: caller.user.subject,
            actorDepartment: caller.user.departmentCode,
          });
          const created = await this.repo.createAlias(tx, {
            id: uuidv7(),
            certificateCode: certificate.code,
            alias,
            normalized,
            activeKey: normalized,
            reason,
            addedRevision: version,
            addedBy: caller.user.subject,
            addedByDepartment: caller.user.departmentCode,
          });
          await this.refreshSearchText(tx, certificate);
          await this.audit.record(tx, caller, {
            action: 'catalog.addAlias',
            targetType: 'CertificateType',
            targetId: certificate.code,
            detail: { aliasId: created.id, alias, catalogVersion: version },
          });
          await this.reference.bump(tx, 'catalog');
          return created;
        });
        this.catalog.invalidate();
        return toAliasModel(row);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const target = JSON.stringify((err as { meta?: unknown }).meta ?? {});
        if (target.includes('activeKey'))
          throw AppException.conflict('该别称刚被其他人加到了证明事项上', { field: 'alias' });
        if (attempt >= ATTEMPTS) throw AppException.conflict('目录正在被其他人修改，请稍后重试');
      }
    }
  }

  async retire(caller: Caller, input: RetireCertificateAliasInput): Promise<CertificateAliasModel> {
    await this.policy.assertOverseesCounty(caller, 'catalog');
    if (!UUID_PATTERN.test(input.id)) throw AppException.badInput('别称 ID 格式不正确', { field: 'id' });
    const existing = await this.repo.alias(input.id);
    if (!existing) throw AppException.notFound('未找到该别称', { id: input.id });
    if (!existing.activeKey) throw AppException.conflict('该别称已停用', { id: input.id });
    const reason = this.reason(input.reason);
    const certificate = await this.catalog.certificateRow(existing.certificateCode);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.repo.transaction(async (tx) => {
          const version = await this.repo.nextVersion(tx);
          await this.repo.addRevision(tx, {
            version,
            action: 'ALIAS_RETIRED',
            certificateCode: existing.certificateCode,
            alias: existing.alias,
            reason,
            actorSubject: caller.user.subject,
            actorDepartment: caller.user.departmentCode,
          });
          const retired = await this.repo.retireAlias(tx, existing.id, {
            activeKey: null,
            retiredRevision: version,
            retiredBy: caller.user.subject,
            retireReason: reason,
            retiredAt: new Date(),
          });
          if (!retired) throw AppException.conflict('该别称已停用', { id: existing.id });
          await this.refreshSearchText(tx, certificate);
          await this.audit.record(tx, caller, {
            action: 'catalog.retireAlias',
            targetType: 'CertificateType',
            targetId: existing.certificateCode,
            detail: { aliasId: existing.id, alias: existing.alias, catalogVersion: version },
          });
          await this.reference.bump(tx, 'catalog');
        });
        break;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (attempt >= ATTEMPTS) throw AppException.conflict('目录正在被其他人修改，请稍后重试');
      }
    }
    this.catalog.invalidate();
    return toAliasModel((await this.repo.alias(existing.id))!);
  }

  async revisions(caller: Caller, page?: PageArgs): Promise<Page<CatalogRevisionModel>> {
    const { size, take, after: before } = pageRequest(page, SEQUENCE_KEY);
    if (!(await this.policy.overseesCounty(caller, 'catalog'))) return emptyPage();
    const { rows, total } = await this.repo.revisions(before, take);
    return sliceToPage(rows, size, total, (r) => String(r.version));
  }

  private async refreshSearchText(tx: Tx, certificate: CertificateRow): Promise<void> {
    const seedAliases = Array.isArray(certificate.aliases) ? (certificate.aliases as string[]) : [];
    const added = await this.repo.activeAliasesOf(tx, certificate.code);
    await this.repo.setSearchText(
      tx,
      certificate.code,
      certificateSearchText(certificate.code, certificate.name, [...seedAliases, ...added]),
    );
  }

  private reason(text: string): string {
    const reason = text.trim();
    if (reason.length < 2 || reason.length > 200)
      throw AppException.badInput('请说明理由（2–200 个字）', { field: 'reason' });
    return reason;
  }

  private taken(holder: CertificateRow, code: string): AppException {
    return holder.code === code
      ? AppException.conflict(`“${holder.name}”已有这个名称或别称`, { field: 'alias', certificateCode: holder.code })
      : AppException.conflict(`这个叫法已是“${holder.name}”（${holder.code}）的名称或别称，不能再给另一项`, {
          field: 'alias',
          certificateCode: holder.code,
        });
  }
}

// Every name an entry answers to, written as the matcher compares them.
function namesOf(c: CertificateRow): string[] {
  const seed = Array.isArray(c.aliases) ? (c.aliases as string[]) : [];
  return [c.name, ...seed, ...c.addedAliases.map((a) => a.alias)].map(compactText);
}

export function toAliasModel(r: CertificateAliasRow): CertificateAliasModel {
  return {
    id: r.id,
    certificateCode: r.certificateCode,
    alias: r.alias,
    reason: r.reason,
    addedRevision: r.addedRevision,
    addedBy: r.addedBy,
    createdAt: r.createdAt,
    active: r.activeKey !== null,
    retiredRevision: r.retiredRevision,
    retiredBy: r.retiredBy,
    retireReason: r.retireReason,
    retiredAt: r.retiredAt,
  };
}
