import type { ThirdPartyCommissionSeed } from './types';

// Sample commissions: which fictional third-party organisation checks which fact on site.
export const THIRD_PARTY_COMMISSIONS: ThirdPartyCommissionSeed[] = [
  { factTypeCode: 'RESIDENCE', departmentCode: 'HX_TP_SURVEY', isSample: true },
  { factTypeCode: 'FAMILY_INCOME', departmentCode: 'HX_TP_SURVEY', isSample: true },
  { factTypeCode: 'HOUSING_STATUS', departmentCode: 'HX_TP_SURVEY', isSample: true },
  { factTypeCode: 'ALIVE', departmentCode: 'HX_TP_SOCIAL_WORK', isSample: true },
  { factTypeCode: 'RESIDENCE', departmentCode: 'HX_TP_SOCIAL_WORK', isSample: true },
];
