import { Injectable } from '@nestjs/common';
import {
  AppException,
  CATALOG_CODE_KEY,
  isCatalogCode,
  isRegionCode,
  Page,
  PageArgs,
  pageRequest,
  SEQUENCE_KEY,
  sliceToPage,
  TtlCache,
} from '#gw/common';
import type { Department } from '#gw/db';
import { ReferenceCache } from '#gw/reference';
import { searchTerm } from '#gw/matching';
import { RegionDirectory, RegionReach } from '#gw/auth';
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
import { CatalogRepository, CertificateRow, FactTypeRow, ListVersionRow, RegionRow } from './catalog.repository';
import { regionPrefix } from './region-prefix';

export function assertCommunityLevel(region: RegionModel): void {
  if (region.level !== RegionLevel.COMMUNITY)
    throw AppException.badInput('communityCode 不是社区（村）级区划', { field: 'communityCode' });
}

// Regions, departments, fact types and certificate types change only when reference data is
// loaded or an alias is added or retired, and verification, the matcher and the access policy
// read them on every call: they come from memory (ReferenceCache), loaded whole once per change.
@Injectable()
export class CatalogService implements RegionDirectory {
  private readonly factTypeCache: TtlCache<string, FactTypeRow[]>;
  private readonly certificateCache: TtlCache<string, CertificateRow[]>;
  private readonly regionCache: TtlCache<string, Map<string, RegionRow>>;
  private readonly departmentCache: TtlCache<string, Department[]>;
  private readonly thirdPartyCache: TtlCache<string, string[]>;

  constructor(
    private readonly repo: CatalogRepository,
    private readonly reference: ReferenceCache,
  ) {
    this.factTypeCache = reference.cache('catalog');
    this.certificateCache = reference.cache('catalog');
    this.regionCache = reference.cache('catalog');
    this.departmentCache = reference.cache('catalog');
    this.thirdPartyCache = reference.cache('catalog');
  }

  async certificateTypes(search?: string | null, page?: PageArgs): Promise<Page<CertificateTypeModel>> {
    const { size, take, after } = pageRequest(page, CATALOG_CODE_KEY);
    const raw = search?.trim() || undefined;
    if (raw && raw.length > 50) throw AppException.badInput('搜索词过长（最多 50 个字符）', { field: 'search' });
    // written the way the search text is (simplified, half-width, no symbols): a term of nothing
    // but symbols or wildcards finds nothing rather than everything
    const term = raw ? searchTerm(raw) : undefined;
    if (term === null) return { nodes: [], hasNextPage: false, endCursor: null, totalCount: 0 };
    const { rows, total } = await this.repo.pageCertificates(term, raw?.toUpperCase(), after, take);
    return sliceToPage(rows.map(toCertificateType), size, total, (c) => c.code);
  }

  async certificateType(code: string): Promise<CertificateTypeModel> {
    return toCertificateType(await this.certificateRow(code));
  }

  async certificateRow(code: string): Promise<CertificateRow> {
    if (!isCatalogCode(code)) throw AppException.badInput('证明事项编码格式不正确', { field: 'code' });
    const row = (await this.matchableCertificateRows()).find((c) => c.code === code);
    if (!row) throw AppException.notFound(`未找到证明事项 ${code}`, { code });
    return row;
  }

  // Straight from the database: a change checks against what is there now, not the cache.
  allCertificateRows(): Promise<CertificateRow[]> {
    return this.repo.listCertificates();
  }

  // The whole catalog, from memory: the matcher runs on it, and a verification of a certificate
  // reads its entry from it.
  matchableCertificateRows(): Promise<CertificateRow[]> {
    return this.certificateCache.get('all', () => this.repo.listCertificates());
  }

  // A catalog change made by this instance (committed, its version bumped) applies to its next
  // read; the other replicas' after their next poll.
  invalidate(): void {
    this.reference.changed('catalog');
  }

  async factTypes(): Promise<FactTypeModel[]> {
    return (await this.factTypeRows()).map(toFactType);
  }

  factTypeRows(): Promise<FactTypeRow[]> {
    return this.factTypeCache.get('all', () => this.repo.listFactTypes());
  }

  async factTypeRow(code: string): Promise<FactTypeRow> {
    if (!isCatalogCode(code)) throw AppException.badInput('事实类型编码格式不正确', { field: 'factType' });
    const row = (await this.factTypeRows()).find((f) => f.code === code);
    if (!row) throw AppException.notFound(`未找到事实类型 ${code}`, { field: 'factType', code });
    return row;
  }

  // Commissioned organisations that may check this fact, in a stable order.
  thirdPartiesFor(factTypeCode: string): Promise<string[]> {
    return this.thirdPartyCache.get(factTypeCode, () => this.repo.listThirdPartiesFor(factTypeCode));
  }

  async departments(): Promise<DepartmentModel[]> {
    return (await this.departmentRows()).map(toDepartment);
  }

  private departmentRows(): Promise<Department[]> {
    return this.departmentCache.get('all', () => this.repo.listDepartments());
  }

  // in code order, as the database lists them
  async regions(filter?: RegionFilter): Promise<RegionModel[]> {
    const level = filter?.level ?? undefined;
    const parentCode = filter?.parentCode ?? undefined;
    return [...(await this.regionRows()).values()]
      .filter(
        (r) => (level === undefined || r.level === level) && (parentCode === undefined || r.parentCode === parentCode),
      )
      .map(toRegion);
  }

  private regionRows(): Promise<Map<string, RegionRow>> {
    return this.regionCache.get('all', async () => new Map((await this.repo.listRegions()).map((r) => [r.code, r])));
  }

  async region(code: string): Promise<RegionModel> {
    if (!isRegionCode(code)) throw AppException.badInput('区划代码须为 12 位数字', { field: 'code' });
    const region = await this.findRegion(code);
    if (!region) throw AppException.notFound(`未找到区划 ${code}`, { code });
    return region;
  }

  // For callers to whom an unknown code is the caller's own mistake rather than a missing record.
  async findRegion(code: string): Promise<RegionModel | null> {
    if (!isRegionCode(code)) return null;
    const row = (await this.regionRows()).get(code);
    return row ? toRegion(row) : null;
  }

  // 环城镇东关社区 for 621022100001: how a resident or an officer reads the places a claim names
  async regionNames(codes: string[]): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const code of new Set(codes)) {
      const r = await this.findRegion(code);
      if (r) names[code] = r.level === RegionLevel.COMMUNITY && r.parent ? `${r.parent.name}${r.name}` : r.name;
    }
    return names;
  }

  // The access policy's view of a region: its level and the prefix of everything under it.
  async regionReach(code: string): Promise<RegionReach | null> {
    const region = await this.findRegion(code);
    return region ? { code: region.code, level: region.level, prefix: regionPrefix(region.code, region.level) } : null;
  }

  async department(code: string): Promise<DepartmentModel> {
    const row = (await this.departmentRows()).find((d) => d.code === code);
    if (!row) throw AppException.notFound(`未找到部门 ${code}`, { code });
    return toDepartment(row);
  }

  async communityList(kind: ListKind, at = new Date(), version?: number | null): Promise<CommunityListModel> {
    if (version === undefined || version === null) return toCommunityList(await this.listInForce(kind, at));
    if (!Number.isInteger(version) || version < 1)
      throw AppException.badInput('version 须为正整数', { field: 'version' });
    const row = await this.repo.findListVersion(kind, version);
    if (!row) throw AppException.notFound(`该清单没有第 ${version} 版`, { kind, version });
    return toCommunityList(row);
  }

  // The history of a list: each version with the period it was (or will be) in force.
  async listHistory(kind: ListKind, page?: PageArgs, now = new Date()): Promise<Page<ListVersionHistoryModel>> {
    const { size, take, after: beforeVersion } = pageRequest(page, SEQUENCE_KEY);
    const all = await this.repo.listVersions(kind);
    const inForce = all.find((v) => v.effectiveFrom <= now);
    // versions take effect in order (work-access refuses an earlier date), so the next one ends this one
    const history = all.map((v, i) => toListVersionHistory(v, i > 0 ? all[i - 1] : undefined, v.id === inForce?.id));
    const rows = beforeVersion === undefined ? history : history.filter((h) => h.version < beforeVersion);
    return sliceToPage(rows.slice(0, take), size, history.length, (h) => String(h.version));
  }

  async listInForce(kind: ListKind, at = new Date()): Promise<ListVersionRow> {
    const list = await this.repo.findListInForce(kind, at);
    if (!list) throw AppException.notFound('该清单在此日期尚无生效版本', { kind });
    return list;
  }
}
