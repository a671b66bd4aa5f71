export * from './types';
export { CERTIFICATE_TYPES } from './certificate-types.data';
export { COMMUNITY_LISTS } from './community-lists.data';
export { DEPARTMENTS } from './departments.data';
export { FACT_TYPES } from './fact-types.data';
export { REGIONS } from './regions.data';
export { THIRD_PARTY_COMMISSIONS } from './third-parties.data';
export { FORMS_LIST } from './forms.data';
