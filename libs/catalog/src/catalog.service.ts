import { Injectable } from '@nestjs/common';
import { AppException, decodeCursor, Page, pageSize, sliceToPage, TtlCache } from '#gw/common';
import { searchTerm } from '#gw/matching';
import { ListKind, RegionLevel } from './catalog.enums';
import {
  toCertificateType,
  toCommunityList,
  toDepartment,
  toFactType,
  toListVersionHistory,
  toRegion,
} from './catalog.mapper';
import {
  CertificateTypeModel,
  CommunityListModel,
  DepartmentModel,
  FactTypeModel,
  ListVersionHistoryModel,
  RegionFilter,
  RegionModel,
} from './catalog.model';
import { CatalogRepository, CertificateRow, FactTypeRow, ListVersionRow } from './catalog.repository';

export const CERTIFICATE_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
export const REGION_CODE = /^\d{12}$/;

export function assertCommunityLevel(region: RegionModel): void {
  if (region.level !== RegionLevel.COMMUNITY)
    throw AppException.badInput('communityCode 不是社区（村）级区划', { field: 'communityCode' });
}

// Fact types change only when reference data is loaded; verification reads them on every call.
const FACT_TYPE_CACHE_MS = 30_000;
// How long another replica's alias change may go unseen by this one's matcher.
const CERTIFICATE_CACHE_MS = 5_000;

@Injectable()
export class CatalogService {
  private readonly factTypeCache = new TtlCache<string, FactTypeRow[]>(FACT_TYPE_CACHE_MS);
  private readonly certificateCache = new TtlCache<string, CertificateRow[]>(CERTIFICATE_CACHE_MS);

  constructor(private readonly repo: CatalogRepository) {}

  async certificateTypes(
    search?: string | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<CertificateTypeModel>> {
    const size = pageSize(first);
    const raw = search?.trim() || undefined;
    if (raw && raw.length > 50) throw AppException.badInput('搜索词过长（最多 50 个字符）', { field: 'search' });
    // written the way the search text is (simplified, half-width, no symbols): a term of nothing
    // but symbols or wildcards finds nothing rather than everything
    const term = raw ? searchTerm(raw) : undefined;
    if (term === null) return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
    const afterCode = decodeCursor(after);
    const { rows, total } = await this.repo.certificatePage(term, raw?.toUpperCase(), afterCode, size + 1);
    return sliceToPage(rows.map(toCertificateType), size, total, (c) => c.code);
  }

  async certificateType(code: string): Promise<CertificateTypeModel> {
    return toCertificateType(await this.certificateRow(code));
  }

  async certificateRow(code: string): Promise<CertificateRow> {
    if (!CERTIFICATE_CODE.test(code)) throw AppException.badInput('证明事项编码格式不正确', { field: 'code' });
    const row = await this.repo.certificate(code);
    if (!row) throw AppException.notFound(`未找到证明事项 ${code}`, { code });
    return row;
  }

  allCertificateRows(): Promise<CertificateRow[]> {
    return this.repo.allCertificates();
  }

  // The catalog the matcher runs on, read at most every few seconds (every community check uses it).
  matchableCertificateRows(): Promise<CertificateRow[]> {
    return this.certificateCache.get('all', () => this.repo.allCertificates());
  }

  // A catalog change made by this instance applies to its next check.
  invalidate(): void {
    this.certificateCache.clear();
  }

  async factTypes(): Promise<FactTypeModel[]> {
    return (await this.repo.factTypes()).map(toFactType);
  }

  factTypeRows(): Promise<FactTypeRow[]> {
    return this.factTypeCache.get('all', () => this.repo.factTypes());
  }

  async factTypeRow(code: string): Promise<FactTypeRow> {
    if (!CERTIFICATE_CODE.test(code)) throw AppException.badInput('事实类型编码格式不正确', { field: 'factType' });
    const row = (await this.factTypeRows()).find((f) => f.code === code);
    if (!row) throw AppException.notFound(`未找到事实类型 ${code}`, { field: 'factType', code });
    return row;
  }

  // Commissioned organisations that may check this fact, in a stable order.
  thirdPartiesFor(factTypeCode: string): Promise<string[]> {
    return this.repo.thirdPartiesFor(factTypeCode);
  }

  async departments(): Promise<DepartmentModel[]> {
    return (await this.repo.departments()).map(toDepartment);
  }

  async regions(filter?: RegionFilter): Promise<RegionModel[]> {
    return (await this.repo.regions(filter?.level, filter?.parentCode)).map(toRegion);
  }

  async region(code: string): Promise<RegionModel> {
    if (!REGION_CODE.test(code)) throw AppException.badInput('区划代码须为 12 位数字', { field: 'code' });
    const region = await this.findRegion(code);
    if (!region) throw AppException.notFound(`未找到区划 ${code}`, { code });
    return region;
  }

  // For callers to whom an unknown code is the caller's own mistake rather than a missing record.
  async findRegion(code: string): Promise<RegionModel | null> {
    if (!REGION_CODE.test(code)) return null;
    const row = await this.repo.region(code);
    return row ? toRegion(row) : null;
  }

  async department(code: string): Promise<DepartmentModel> {
    const row = await this.repo.department(code);
    if (!row) throw AppException.notFound(`未找到部门 ${code}`, { code });
    return toDepartment(row);
  }

  async communityList(kind: ListKind, at = new Date(), version?: number | null): Promise<CommunityListModel> {
    if (version === undefined || version === null) return toCommunityList(await this.listInForce(kind, at));
    if (!Number.isInteger(version) || version < 1)
      throw AppException.badInput('version 须为正整数', { field: 'version' });
    const row = await this.repo.listVersion(kind, version);
    if (!row) throw AppException.notFound(`该清单没有第 ${version} 版`, { kind, version });
    return toCommunityList(row);
  }

  // The history of a list: each version with the period it was (or will be) in force.
  async listHistory(
    kind: ListKind,
    first?: number | null,
    after?: string | null,
    now = new Date(),
  ): Promise<Page<ListVersionHistoryModel>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const beforeVersion = cursor === undefined ? undefined : Number(cursor);
    if (beforeVersion !== undefined && (!Number.isInteger(beforeVersion) || beforeVersion < 1))
      throw AppException.badInput('分页游标无效', { field: 'after' });
    const all = await this.repo.listVersions(kind);
    const inForce = all.find((v) => v.effectiveFrom <= now);
    // versions take effect in order (work-access refuses an earlier date), so the next one ends this one
    const history = all.map((v, i) => toListVersionHistory(v, i > 0 ? all[i - 1] : undefined, v.id === inForce?.id));
    const rows = beforeVersion === undefined ? history : history.filter((h) => h.version < beforeVersion);
    return sliceToPage(rows.slice(0, size + 1), size, history.length, (h) => String(h.version));
  }

  async listInForce(kind: ListKind, at = new Date()): Promise<ListVersionRow> {
    const list = await this.repo.listInForce(kind, at);
    if (!list) throw AppException.notFound('该清单在此日期尚无生效版本', { kind });
    return list;
  }
}
