import { computed, reactive } from 'vue';
import type { DepartmentsQuery, FactTypesQuery, RegionsQuery, SourceNamesQuery } from '../gql/graphql';
import { claimFields, type ClaimField } from '../lib/claim-schema';
import { request } from './client';
import {
  DepartmentsQuery as DepartmentsDoc,
  FactTypesQuery as FactTypesDoc,
  RegionsQuery as RegionsDoc,
} from './operations/catalog';
import { SourceNamesQuery as SourceNamesDoc } from './operations/sources';

// Reference data for names on screen (a department code becomes 县民政局), loaded once per
// session and shared by every page.

export type FactType = FactTypesQuery['factTypes'][number];
export type Department = DepartmentsQuery['departments'][number];
export type Region = RegionsQuery['regions'][number];
type SourceName = SourceNamesQuery['dataSources'][number];

const state = reactive({
  factTypes: [] as FactType[],
  departments: [] as Department[],
  regions: [] as Region[],
  sources: [] as SourceName[],
});

const loading = new Map<string, Promise<void>>();

// Names are a convenience: a failed load leaves codes on screen (the page shows its own error
// for its own data) and is tried again by the next page that asks.
function once(key: string, load: () => Promise<void>): Promise<void> {
  let p = loading.get(key);
  if (!p) {
    p = load().catch(() => {
      loading.delete(key);
    });
    loading.set(key, p);
  }
  return p;
}

export function loadFactTypes(): Promise<void> {
  return once('factTypes', async () => {
    state.factTypes = (await request(FactTypesDoc)).factTypes;
  });
}

export function loadDepartments(): Promise<void> {
  return once('departments', async () => {
    state.departments = (await request(DepartmentsDoc)).departments;
  });
}

export function loadRegions(): Promise<void> {
  return once('regions', async () => {
    state.regions = (await request(RegionsDoc)).regions;
  });
}

// data source names (for SOURCE_ADMIN, WINDOW_STAFF and AUDITOR only)
export function loadSourceNames(): Promise<void> {
  return once('sources', async () => {
    state.sources = (await request(SourceNamesDoc)).dataSources;
  });
}

// after sign-out, the next user loads their own view of it
export function forgetCatalog(): void {
  loading.clear();
  Object.assign(state, { factTypes: [], departments: [], regions: [], sources: [] });
}

export const catalog = {
  factTypes: computed(() => state.factTypes),
  departments: computed(() => state.departments),
  regions: computed(() => state.regions),
  communities: computed(() => state.regions.filter((r) => r.level === 'COMMUNITY')),
};

export function factType(code: string | null | undefined): FactType | undefined {
  return state.factTypes.find((f) => f.code === code);
}

export function factTypeName(code: string | null | undefined): string {
  return factType(code)?.name ?? code ?? '—';
}

const fieldCache = new Map<string, ClaimField[]>();
export function factFields(code: string | null | undefined): ClaimField[] {
  const f = factType(code);
  if (!f) return [];
  let fields = fieldCache.get(f.code);
  if (!fields) {
    fields = claimFields(f.claimSchema);
    fieldCache.set(f.code, fields);
  }
  return fields;
}

export function departmentName(code: string | null | undefined): string {
  if (!code) return '—';
  return state.departments.find((d) => d.code === code)?.name ?? code;
}

export function regionName(code: string | null | undefined): string {
  if (!code) return '—';
  return state.regions.find((r) => r.code === code)?.name ?? code;
}

export function sourceName(code: string | null | undefined): string {
  if (!code) return '—';
  const s = state.sources.find((x) => x.code === code);
  return s ? `${s.providerDepartment.name} · ${s.name}` : code;
}
