import { factGroups } from './certificate-rule';
import type { Department } from '#gw/db';
import { DepartmentKind, Disposition, ListKind, RegionLevel } from './catalog.enums';
import {
  CertificateTypeModel,
  CommunityListItemModel,
  CommunityListModel,
  DepartmentModel,
  FactTypeModel,
  ListVersionHistoryModel,
  RegionModel,
} from './catalog.model';
import type {
  CertificateRow,
  FactTypeRow,
  ListVersionRow,
  ListVersionSummaryRow,
  RegionRow,
} from './catalog.repository';

export function toDepartment(d: Department): DepartmentModel {
  return { ...d, kind: d.kind as DepartmentKind };
}

export function toFactType(f: FactTypeRow): FactTypeModel {
  return { ...f, ownerDepartment: toDepartment(f.ownerDepartment) };
}

export function toCertificateType(c: CertificateRow): CertificateTypeModel {
  return {
    code: c.code,
    name: c.name,
    disposition: c.disposition as Disposition,
    aliases: certificateAliases(c),
    legalBasis: c.legalBasis,
    description: c.description,
    isSample: c.isSample,
    factTypes: c.facts.map((f) => toFactType(f.factType)),
    factGroups: factGroups(c.facts),
  };
}

// The names residents use for an entry: the shipped aliases and those a list administrator added.
export function certificateAliases(c: CertificateRow): string[] {
  const seed = Array.isArray(c.aliases) ? (c.aliases as string[]) : [];
  return [...seed, ...(c.addedAliases ?? []).map((a) => a.alias)];
}

export function toRegion(r: RegionRow | (Omit<RegionRow, 'parent'> & { parent?: null })): RegionModel {
  return {
    code: r.code,
    name: r.name,
    level: r.level as RegionLevel,
    parentCode: r.parentCode,
    isSample: r.isSample,
    parent: r.parent ? { ...r.parent, level: r.parent.level as RegionLevel, parent: null } : null,
  };
}

export function toCommunityList(v: ListVersionRow): CommunityListModel {
  return {
    id: v.id,
    kind: v.kind as ListKind,
    version: v.version,
    title: v.title,
    source: v.source,
    effectiveFrom: v.effectiveFrom,
    publishedAt: v.publishedAt,
    isSample: v.isSample,
    changeSummary: v.changeSummary,
    applicationId: v.applicationId,
    items: v.items.map(toListItem),
  };
}

// The fields that make up an item, without the ids that tie it to one version.
export function toListItem(i: CommunityListItemModel): CommunityListItemModel {
  return {
    seq: i.seq,
    category: i.category,
    content: i.content,
    legalBasis: i.legalBasis,
    reason: i.reason,
    certificateCode: i.certificateCode,
    departmentCode: i.departmentCode,
    frequency: i.frequency,
  };
}

export function toListVersionHistory(
  v: ListVersionSummaryRow,
  successor: ListVersionSummaryRow | undefined,
  inForce: boolean,
): ListVersionHistoryModel {
  return {
    id: v.id,
    kind: v.kind as ListKind,
    version: v.version,
    title: v.title,
    source: v.source,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: successor ? successor.effectiveFrom : null,
    inForce,
    publishedAt: v.publishedAt,
    changeSummary: v.changeSummary,
    applicationId: v.applicationId,
    itemCount: v._count.items,
    isSample: v.isSample,
  };
}
