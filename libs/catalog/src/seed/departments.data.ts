import type { DepartmentSeed } from './types';

const COUNTY = '621022000000';

const government = (code: string, name: string, shortName: string, isSample = true): DepartmentSeed => ({
  code,
  name,
  shortName,
  kind: 'GOVERNMENT',
  regionCode: COUNTY,
  isSample,
});

export const DEPARTMENTS: DepartmentSeed[] = [
  // The two departments that issued the seed document and keep the community lists.
  government('HX_MZ', '环县民政局', '县民政局', false),
  government('HX_ZZB', '中共环县委组织部', '县委组织部', false),
  government('HX_GA', '环县公安局', '县公安局'),
  government('HX_RS', '环县人力资源和社会保障局', '县人社局'),
  government('HX_WJ', '环县卫生健康局', '县卫健局'),
  government('HX_CL', '环县残疾人联合会', '县残联'),
  government('HX_ZRZY', '环县自然资源局（环县不动产登记中心）', '县自然资源局'),
  government('HX_JY', '环县教育局', '县教育局'),
  government('HX_ZWFW', '环县政务服务中心', '县政务服务中心'),
  government('HX_SF', '环县司法局', '县司法局'),
  government('HX_YB', '环县医疗保障局', '县医保局'),
  government('HX_SC', '环县市场监督管理局', '县市场监管局'),
  government('HX_TYJR', '环县退役军人事务局', '县退役军人事务局'),
  government('HX_ZJ', '环县住房和城乡建设局', '县住建局'),
  government('HX_FY', '环县人民法院', '县法院'),
  {
    code: 'HX_TP_SURVEY',
    name: '示例社会调查评估中心（虚构）',
    shortName: '示例调查评估中心',
    kind: 'THIRD_PARTY',
    regionCode: COUNTY,
    isSample: true,
  },
  {
    code: 'HX_TP_SOCIAL_WORK',
    name: '示例社会工作服务中心（虚构）',
    shortName: '示例社工中心',
    kind: 'THIRD_PARTY',
    regionCode: COUNTY,
    isSample: true,
  },
];
