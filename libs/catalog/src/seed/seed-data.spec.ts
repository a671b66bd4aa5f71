import * as fs from 'node:fs';
import * as path from 'node:path';
import { CERTIFICATE_TYPES } from './certificate-types.data';
import { COMMUNITY_LISTS } from './community-lists.data';
import { DEPARTMENTS } from './departments.data';
import { FACT_TYPES } from './fact-types.data';
import { REGIONS } from './regions.data';
import { THIRD_PARTY_COMMISSIONS } from './third-parties.data';
import { FORMS_LIST } from './forms.data';
import type { ListKind, ListSeed } from './types';

const SEED_FILE = '000_07de13448432df52.txt';

function readSeedText(): string {
  const shared = path.resolve(__dirname, '../../../../../shared/seed', SEED_FILE);
  const committed = path.resolve(__dirname, 'source', SEED_FILE);
  return fs.readFileSync(fs.existsSync(shared) ? shared : committed, 'utf8');
}

function list(kind: ListKind): ListSeed {
  const found = COMMUNITY_LISTS.filter((l) => l.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('seed reference data', () => {
  const seedText = readSeedText();

  describe('community lists from the seed document', () => {
    it.each([
      ['DUTY', 24],
      ['ASSIST', 29],
      ['NEGATIVE', 7],
    ] as const)('%s has %i items numbered from 1', (kind, count) => {
      const items = list(kind).items;
      expect(items).toHaveLength(count);
      expect(items.map((i) => i.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    });

    it.each(['DUTY', 'ASSIST', 'NEGATIVE'] as const)('%s title and items appear verbatim in the seed text', (kind) => {
      const l = list(kind);
      expect(l.isSample).toBe(false);
      expect(seedText).toContain(l.title);
      for (const item of l.items) {
        expect(seedText).toContain(item.content);
        expect(seedText).toContain(item.legalBasis);
        if (item.category !== undefined) expect(seedText).toContain(item.category);
        if (item.reason !== undefined) expect(seedText).toContain(item.reason);
      }
    });

    it('every negative list item has a category and a reason', () => {
      for (const item of list('NEGATIVE').items) {
        expect(item.category).toMatch(/类$/);
        expect(item.reason).toBe('非责任主体');
      }
    });

    it('list kinds and versions are unique', () => {
      expect(duplicates(COMMUNITY_LISTS.map((l) => `${l.kind}:${l.version}`))).toEqual([]);
    });
  });

  describe('codes', () => {
    it.each([
      ['regions', REGIONS.map((r) => r.code)],
      ['departments', DEPARTMENTS.map((d) => d.code)],
      ['fact types', FACT_TYPES.map((f) => f.code)],
      ['certificate types', CERTIFICATE_TYPES.map((c) => c.code)],
    ])('%s codes are unique', (_, codes) => {
      expect(duplicates(codes)).toEqual([]);
    });

    it('regions have 12-digit codes and existing parents', () => {
      const codes = new Set(REGIONS.map((r) => r.code));
      for (const region of REGIONS) {
        expect(region.code).toMatch(/^[0-9]{12}$/);
        if (region.level === 'COUNTY') {
          expect(region.parentCode).toBeNull();
        } else {
          expect(region.parentCode).not.toBeNull();
          expect(codes.has(region.parentCode as string)).toBe(true);
        }
      }
    });

    it('departments belong to an existing region', () => {
      const codes = new Set(REGIONS.map((r) => r.code));
      for (const department of DEPARTMENTS) expect(codes.has(department.regionCode)).toBe(true);
    });
  });

  describe('fact types', () => {
    it('are owned by existing departments', () => {
      const departments = new Set(DEPARTMENTS.map((d) => d.code));
      for (const fact of FACT_TYPES) expect(departments.has(fact.ownerDepartmentCode)).toBe(true);
    });

    it('have a post-verification window exactly when commitment is allowed', () => {
      for (const fact of FACT_TYPES) {
        expect(fact.postVerifyDays === null).toBe(!fact.commitmentAllowed);
      }
    });

    it('are commissioned to third parties only where allowed, and only to THIRD_PARTY departments', () => {
      const thirdParties = new Set(DEPARTMENTS.filter((d) => d.kind === 'THIRD_PARTY').map((d) => d.code));
      const allowed = new Set(FACT_TYPES.filter((f) => f.thirdPartyAllowed).map((f) => f.code));
      for (const c of THIRD_PARTY_COMMISSIONS) {
        expect(thirdParties.has(c.departmentCode)).toBe(true);
        expect(allowed.has(c.factTypeCode)).toBe(true);
      }
      for (const code of allowed) expect(THIRD_PARTY_COMMISSIONS.some((c) => c.factTypeCode === code)).toBe(true);
    });

    it('list forms requested by existing departments, each with a frequency, as sample data', () => {
      const departments = new Set(DEPARTMENTS.map((d) => d.code));
      expect(FORMS_LIST.isSample).toBe(true);
      for (const item of FORMS_LIST.items) {
        expect(departments.has(item.departmentCode!)).toBe(true);
        expect(['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY']).toContain(item.frequency);
      }
    });

    it('require only declared claim properties', () => {
      for (const fact of FACT_TYPES) {
        for (const name of fact.claimSchema.required) expect(Object.keys(fact.claimSchema.properties)).toContain(name);
      }
    });

    it('name every enum value in Chinese, in order, for the forms that show them', () => {
      const enums = FACT_TYPES.flatMap((f) =>
        Object.entries(f.claimSchema.properties)
          .filter(([, p]) => p.enum)
          .map(([name, p]) => ({ field: `${f.code}.${name}`, values: p.enum!.length, names: p.enumNames ?? [] })),
      );
      expect(enums.length).toBeGreaterThan(5);
      for (const e of enums) {
        expect({ field: e.field, names: e.names.length }).toEqual({ field: e.field, names: e.values });
        for (const n of e.names) expect(n).toMatch(/^[\u4e00-\u9fff]+$/);
      }
    });
  });

  describe('certificate catalog', () => {
    it('has at least 25 certificate types and at least 3 per disposition', () => {
      expect(CERTIFICATE_TYPES.length).toBeGreaterThanOrEqual(25);
      for (const disposition of [
        'ABOLISHED',
        'DATA_SHARING',
        'INTER_DEPARTMENT',
        'COMMITMENT',
        'COMMUNITY_PERMITTED',
      ]) {
        expect(CERTIFICATE_TYPES.filter((c) => c.disposition === disposition).length).toBeGreaterThanOrEqual(3);
      }
    });

    it('references existing fact types', () => {
      const facts = new Set(FACT_TYPES.map((f) => f.code));
      for (const certificate of CERTIFICATE_TYPES) {
        for (const code of certificate.factTypeCodes) expect(facts.has(code)).toBe(true);
        if (!['ABOLISHED', 'COMMUNITY_PERMITTED'].includes(certificate.disposition)) {
          expect(certificate.factTypeCodes.length).toBeGreaterThan(0);
        }
      }
    });

    it('names alternatives only among a certificate’s own facts, each in one group of two or more', () => {
      for (const c of CERTIFICATE_TYPES) {
        const grouped = (c.anyOf ?? []).flat();
        expect([c.code, grouped.filter((f) => !c.factTypeCodes.includes(f))]).toEqual([c.code, []]);
        expect([c.code, duplicates(grouped)]).toEqual([c.code, []]);
        for (const g of c.anyOf ?? []) expect([c.code, g.length >= 2]).toEqual([c.code, true]);
      }
      const rules = Object.fromEntries(CERTIFICATE_TYPES.filter((c) => c.anyOf).map((c) => [c.code, c.anyOf]));
      expect(rules).toEqual({
        FAMILY_HARDSHIP: [['LOW_INCOME_ALLOWANCE', 'SPECIAL_HARDSHIP', 'FAMILY_INCOME']],
        SOCIAL_INSURANCE: [['SOCIAL_INSURANCE', 'MEDICAL_INSURANCE']],
        GUARDIAN: [['KINSHIP', 'GUARDIANSHIP']],
      });
    });

    it('has aliases that are unique catalog-wide and never another type name', () => {
      const aliases = CERTIFICATE_TYPES.flatMap((c) => c.aliases);
      expect(duplicates(aliases)).toEqual([]);
      expect(duplicates(CERTIFICATE_TYPES.map((c) => c.name))).toEqual([]);
      const names = new Set(CERTIFICATE_TYPES.map((c) => c.name));
      expect(aliases.filter((a) => names.has(a))).toEqual([]);
    });

    it('matches the permitted-certificate list exactly', () => {
      const permitted = CERTIFICATE_TYPES.filter((c) => c.disposition === 'COMMUNITY_PERMITTED');
      const items = list('PERMITTED_CERTIFICATE').items;
      expect(items.map((i) => i.certificateCode).sort()).toEqual(permitted.map((c) => c.code).sort());
      for (const item of items) {
        const certificate = permitted.find((c) => c.code === item.certificateCode);
        expect(item.content).toBe(certificate?.name);
        expect(item.legalBasis).toBe(certificate?.legalBasis);
      }
    });
  });
});
