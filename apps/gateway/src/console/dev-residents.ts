import { generatePopulation, loadSandboxConfig, samples } from '../../../sandbox-sources/src';

// Residents of the synthetic population (not real people) that development sign-in offers: the
// ones `npm run demo:subjects` prints, so the demo's verifications are about them. The browser
// only ever sees a key and the masked number; the gateway puts the number in the token.
export interface DevResident {
  key: string;
  label: string;
  idNumber: string;
}

let cached: DevResident[] | undefined;

export function devResidents(): DevResident[] {
  if (cached) return cached;
  const config = loadSandboxConfig();
  const s = samples(generatePopulation({ seed: config.seed, size: config.size }));
  cached = [
    { key: 'married', label: '已婚居民（婚姻状况示例）', idNumber: s.married.idNumber },
    { key: 'spouse', label: '其配偶（被他人核验中提及）', idNumber: s.spouse.idNumber },
    { key: 'unmarried', label: '未婚居民', idNumber: s.unmarriedAdult.idNumber },
    { key: 'low-income', label: '低保对象', idNumber: s.lowIncomeRecipient.idNumber },
    { key: 'unknown', label: '不在人口库中的居民（需告知承诺）', idNumber: s.unknownIdNumber },
  ];
  return cached;
}

export function devResident(key: unknown): DevResident | undefined {
  return typeof key === 'string' ? devResidents().find((r) => r.key === key) : undefined;
}
