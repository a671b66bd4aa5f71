import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_TYPES } from '#gw/catalog';
import {
  checkCharacter as serverCheck,
  containsIdNumber as serverContains,
  idNumberProblem as serverProblem,
} from '#gw/common';
import {
  claimFields,
  containsIdNumber as consoleContains,
  idNumberProblem as consoleProblem,
} from '../apps/console/src';
import { isServerPath } from '../apps/gateway/src';

// The console checks ID numbers as the clerk types, and builds forms from the claim schemas:
// both must agree with the gateway, which decides.
describe('the console’s rules agree with the gateway’s', () => {
  it('checks ID numbers exactly as the gateway does', () => {
    let seed = 20231106;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const samples: string[] = [
      '',
      '62102219320417890X',
      '62102219320417890x',
      '621022193204178901',
      '00000000000000000X',
    ];
    for (let i = 0; i < 3000; i++) {
      const region = String(110000 + (rand() % 800000)).padStart(6, '0');
      const y = 1890 + (rand() % 140);
      const m = String(1 + (rand() % 13)).padStart(2, '0');
      const d = String(1 + (rand() % 31)).padStart(2, '0');
      const first17 = `${region}${y}${m}${d}${String(rand() % 1000).padStart(3, '0')}`;
      samples.push(first17 + serverCheck(first17), first17 + String(rand() % 10), first17.slice(0, 16));
    }
    const disagree = samples.filter((s) => serverProblem(s) !== consoleProblem(s));
    expect(disagree).toEqual([]);
  });

  it('finds ID numbers in free text exactly as the gateway does', () => {
    const id = '11010519491231002X';
    const wide = (v: string) => v.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const texts = [
      '',
      '2026年参加社区志愿服务共计24小时',
      id,
      id.toLowerCase(),
      wide(id),
      '110105 19491231 002X',
      '110105-1949-1231-002X',
      '110105－19491231．002X',
      '110105    19491231    002X',
      `1101\u200b0519491231002X`,
      `电话13800138000${id}`,
      `${id.slice(0, 17)}1`,
      '110105********002X',
    ];
    const disagree = texts.filter((s) => serverContains(s) !== consoleContains(s));
    expect(disagree).toEqual([]);
    expect(texts.filter((s) => serverContains(s)).length).toBe(8);
  });

  it('builds a form for every fact type the catalog ships, labelled in Chinese', () => {
    for (const fact of FACT_TYPES) {
      const fields = claimFields(fact.claimSchema);
      expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(fact.claimSchema.properties).sort());
      for (const f of fields) {
        expect(f.label).toMatch(/[\u4e00-\u9fff]/);
        for (const o of f.options) expect(o.label).toMatch(/[\u4e00-\u9fff]/);
        expect(f.required).toBe(fact.claimSchema.required.includes(f.name));
      }
    }
  });

  it('routes no console page to a path the gateway answers itself', () => {
    const source = readFileSync(join(__dirname, '../apps/console/src/workspaces.ts'), 'utf8');
    const paths = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => isServerPath(p.replace(/:\w+/g, 'x')))).toEqual([]);
    expect(isServerPath('/lists/DUTY.json')).toBe(true);
  });
});
