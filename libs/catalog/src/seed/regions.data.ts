import type { RegionSeed } from './types';

export const COUNTY_CODE = '621022000000';

// Township codes follow the order below and are illustrative, not the statistical codes.
const TOWNSHIP_NAMES = [
  '环城镇',
  '曲子镇',
  '甜水镇',
  '木钵镇',
  '洪德镇',
  '合道镇',
  '虎洞镇',
  '八珠乡',
  '樊家川镇',
  '天池乡',
  '南湫乡',
  '罗山川乡',
  '耿湾乡',
  '秦团庄乡',
  '山城乡',
  '演武乡',
  '车道镇',
  '毛井镇',
  '小南沟乡',
  '四合塬乡',
];

const townshipCode = (index: number): string => `621022${String(100 + index).padStart(3, '0')}000`;

const TOWNSHIPS: RegionSeed[] = TOWNSHIP_NAMES.map((name, index) => ({
  code: townshipCode(index),
  name,
  level: 'TOWNSHIP',
  parentCode: COUNTY_CODE,
  isSample: true,
}));

const COMMUNITIES_BY_TOWNSHIP: Record<string, string[]> = {
  环城镇: ['东关社区', '西关社区', '南关社区', '红星村委会'],
  曲子镇: ['曲子社区', '曲子村委会', '东川村委会'],
  木钵镇: ['木钵社区', '木钵村委会'],
};

const COMMUNITIES: RegionSeed[] = Object.entries(COMMUNITIES_BY_TOWNSHIP).flatMap(([township, names]) => {
  const parent = townshipCode(TOWNSHIP_NAMES.indexOf(township));
  return names.map((name, index): RegionSeed => ({
    code: `${parent.slice(0, 9)}${String(index + 1).padStart(3, '0')}`,
    name,
    level: 'COMMUNITY',
    parentCode: parent,
    isSample: true,
  }));
});

export const REGIONS: RegionSeed[] = [
  { code: COUNTY_CODE, name: '环县', level: 'COUNTY', parentCode: null, isSample: false },
  ...TOWNSHIPS,
  ...COMMUNITIES,
];
