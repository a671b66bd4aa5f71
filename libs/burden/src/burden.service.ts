import { Injectable } from '@nestjs/common';
import { AccessPolicy, Caller, isOverseer, scopeWithin } from '#gw/auth';
import { CatalogService, CheckReason, RegionModel, regionPrefix } from '#gw/catalog';
import { AppException, isRegionCode, Page, PageArgs, pageRequest, REGION_CODE_KEY, sliceToPage } from '#gw/common';
import { assertDayRange, buckets, bucketStart, DayRange, TrendGranularity } from './burden-day';
import { addCounts, BurdenCounts, REFUSAL_COUNTERS, zeroCounts } from './burden.counters';
import { BurdenBucketModel, BurdenCountsModel, BurdenFilter, BurdenRowModel, BurdenTotalsModel } from './burden.model';
import { BurdenRepository } from './burden.repository';

interface Scope {
  region: RegionModel;
  prefix: string;
  range: DayRange;
}

// The burden monitor (四（四）线上即时监测): reads only the daily counters, which the domain
// services keep in the same transactions as the records they count.
@Injectable()
export class BurdenService {
  constructor(
    private readonly repo: BurdenRepository,
    private readonly catalog: CatalogService,
    private readonly policy: AccessPolicy,
  ) {}

  async report(caller: Caller, filter: BurdenFilter, page?: PageArgs): Promise<Page<BurdenRowModel>> {
    const { size, take, after: afterCode } = pageRequest(page, REGION_CODE_KEY);
    const s = await this.scope(caller, filter);
    const { rows, total } = await this.repo.pageCommunities(s.prefix, afterCode, take);
    const sums = await this.repo.sumByCommunity(
      rows.slice(0, size).map((r) => r.code),
      s.range.from,
      s.range.to,
    );
    const nodes = rows.map((r) => ({
      communityCode: r.code,
      communityName: r.name,
      ...toCountsModel(addCounts(zeroCounts(), sums.get(r.code) ?? {})),
    }));
    return sliceToPage(nodes, size, total, (n) => n.communityCode);
  }

  async totals(caller: Caller, filter: BurdenFilter): Promise<BurdenTotalsModel> {
    const s = await this.scope(caller, filter);
    const [sum, communities] = await Promise.all([
      this.repo.sum(s.prefix, s.range.from, s.range.to),
      this.repo.countCommunities(s.prefix),
    ]);
    return {
      regionCode: s.region.code,
      regionName: s.region.name,
      communities,
      from: s.range.from,
      to: s.range.to,
      ...toCountsModel(addCounts(zeroCounts(), sum)),
    };
  }

  async trend(caller: Caller, filter: BurdenFilter, granularity: TrendGranularity): Promise<BurdenBucketModel[]> {
    const s = await this.scope(caller, filter);
    const days = await this.repo.sumByDay(s.prefix, s.range.from, s.range.to);
    const out = buckets(s.range, granularity).map((b) => ({ ...b, counts: zeroCounts() }));
    const index = new Map(out.map((b, i) => [bucketStart(b.start, granularity), i]));
    for (const d of days) addCounts(out[index.get(bucketStart(d.day, granularity))!].counts, d.counts);
    return out.map((b) => ({ start: b.start, end: b.end, ...toCountsModel(b.counts) }));
  }

  // Validates the filter and the caller's reach: overseers read any region within their own, a
  // community clerk only their own community.
  private async scope(caller: Caller, filter: BurdenFilter): Promise<Scope> {
    const code = filter.regionCode?.trim() ?? '';
    if (!isRegionCode(code)) throw AppException.badInput('regionCode 须为 12 位数字区划代码', { field: 'regionCode' });
    const range = assertDayRange(filter);
    const region = await this.catalog.findRegion(code);
    if (!region) throw AppException.badInput(`区划 ${code} 不存在`, { field: 'regionCode' });
    const prefix = regionPrefix(region.code, region.level);
    if (!scopeWithin(await this.policy.communityScope(caller, 'burden'), { code, prefix })) {
      const whose = isOverseer(caller) ? '只能查看本辖区' : '社区工作人员只能查看本社区';
      throw AppException.forbidden(`${whose}的减负监测数据`, { regionCode: code });
    }
    return { region, prefix, range };
  }
}

export function toCountsModel(c: BurdenCounts): BurdenCountsModel {
  const settled = c.verifiedBySharedData + c.verifiedByOtherRoutes;
  return {
    checksAllowed: c.checksAllowed,
    checksRefused: REFUSAL_COUNTERS.reduce((n, [, counter]) => n + c[counter], 0),
    refusedByReason: REFUSAL_COUNTERS.map(([reason, counter]) => ({
      reason: reason as CheckReason,
      count: c[counter],
    })),
    certificatesIssued: c.certificatesIssued,
    certificatesRevoked: c.certificatesRevoked,
    formsFiled: c.formsFiled,
    assistRequested: c.assistRequested,
    assistAnswered: c.assistAnswered,
    assistOverdue: c.assistOverdue,
    verifiedBySharedData: c.verifiedBySharedData,
    verifiedByOtherRoutes: c.verifiedByOtherRoutes,
    sharedDataShare: settled === 0 ? null : c.verifiedBySharedData / settled,
  };
}
