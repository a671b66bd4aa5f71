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
import { CatalogRepository, CertificateRow, FactTypeRow, ListVersionRow } from './catalog.repository';
import { regionPrefix } from './region-prefix';

export function assertCommunityLevel(region: RegionModel): void {
  if (region.level !== RegionLevel.COMMUNITY)
    throw AppException.badInput('communityCode 不是社区（村）级区划', { field: 'communityCode' });
}

// Fact types change only when reference data is loaded; verification reads them on every call.
const FACT_TYPE_CACHE_MS = 30_000;
// How long another replica's alias change may go unseen by this one's matcher.
const CERTIFICATE_CACHE_MS = 5_000;

@Injectable()
export class CatalogService implements RegionDirectory {
  private readonly factTypeCache = new TtlCache<string, FactTypeRow[]>(FACT_TYPE_CACHE_MS);
  private readonly certificateCache = new TtlCache<string, CertificateRow[]>(CERTIFICATE_CACHE_MS);

  constructor(private readonly repo: CatalogRepository) {}

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
    const row = await this.repo.findCertificate(code);
    if (!row) throw AppException.notFound(`未找到证明事项 ${code}`, { code });
    return row;
  }

  allCertificateRows(): Promise<CertificateRow[]> {
    return this.repo.listCertificates();
  }

  // The catalog the matcher runs on, read at most every few seconds (every community check uses it).
  matchableCertificateRows(): Promise<CertificateRow[]> {
    return this.certificateCache.get('all', () => this.repo.listCertificates());
  }

  // A catalog change made by this instance applies to its next check.
  invalidate(): void {
    this.certificateCache.clear();
  }

  async factTypes(): Promise<FactTypeModel[]> {
    return (await this.repo.listFactTypes()).map(toFactType);
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
    return this.repo.listThirdPartiesFor(factTypeCode);
  }

  async departments(): Promise<DepartmentModel[]> {
    return (await this.repo.listDepartments()).map(toDepartment);
  }

  async regions(filter?: RegionFilter): Promise<RegionModel[]> {
    return (await this.repo.listRegions(filter?.level, filter?.parentCode)).map(toRegion);
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
    const row = await this.repo.findRegion(code);
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
    const row = await this.repo.findDepartment(code);
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
