import { registerEnumType } from '@nestjs/graphql';

export enum Disposition {
  ABOLISHED = 'ABOLISHED',
  DATA_SHARING = 'DATA_SHARING',
  INTER_DEPARTMENT = 'INTER_DEPARTMENT',
  COMMITMENT = 'COMMITMENT',
  COMMUNITY_PERMITTED = 'COMMUNITY_PERMITTED',
}
registerEnumType(Disposition, {
  name: 'Disposition',
  description: '证明事项的处置方式',
  valuesMap: {
    ABOLISHED: { description: '已取消，不再索要' },
    DATA_SHARING: { description: '通过数据共享核验' },
    INTER_DEPARTMENT: { description: '部门间协查核验' },
    COMMITMENT: { description: '以个人书面告知承诺替代' },
    COMMUNITY_PERMITTED: { description: '列入清单，社区可据实出具' },
  },
});

export enum ListKind {
  DUTY = 'DUTY',
  ASSIST = 'ASSIST',
  NEGATIVE = 'NEGATIVE',
  PERMITTED_CERTIFICATE = 'PERMITTED_CERTIFICATE',
  FORM = 'FORM',
}
registerEnumType(ListKind, {
  name: 'ListKind',
  description: '社区清单种类',
  valuesMap: {
    DUTY: { description: '社区组织依法履行职责事项清单（附件1）' },
    ASSIST: { description: '社区组织依法协助政府工作事项清单（附件2）' },
    NEGATIVE: { description: '不应由社区组织承担的事项清单（附件3，负面清单）' },
    PERMITTED_CERTIFICATE: { description: '社区可出具证明事项清单' },
    FORM: { description: '社区组织填报表格清单' },
  },
});

export enum RegionLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(RegionLevel, { name: 'RegionLevel', description: '行政区划层级：县、乡镇、社区（村）' });

export enum DepartmentKind {
  GOVERNMENT = 'GOVERNMENT',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(DepartmentKind, { name: 'DepartmentKind', description: '政府部门或受委托第三方' });

// What a community check decides and why. Defined with the catalog because both the community
// check and the burden monitor (which counts refusals by reason) speak of them.
export enum CheckDecision {
  ALLOWED = 'ALLOWED',
  REFUSED = 'REFUSED',
  AMBIGUOUS = 'AMBIGUOUS',
}
registerEnumType(CheckDecision, {
  name: 'CheckDecision',
  description: 'ALLOWED：社区可出具；REFUSED：社区不应出具；AMBIGUOUS：居民所说可能是几项证明之一，须确认后重新核对',
});

export enum CheckReason {
  ON_PERMITTED_LIST = 'ON_PERMITTED_LIST',
  ABOLISHED = 'ABOLISHED',
  DATA_SHARING = 'DATA_SHARING',
  INTER_DEPARTMENT = 'INTER_DEPARTMENT',
  COMMITMENT = 'COMMITMENT',
  NEGATIVE_LIST = 'NEGATIVE_LIST',
  NOT_LISTED = 'NOT_LISTED',
  AMBIGUOUS = 'AMBIGUOUS',
}
registerEnumType(CheckReason, {
  name: 'CheckReason',
  valuesMap: {
    ON_PERMITTED_LIST: { description: '在社区可出具证明清单内' },
    ABOLISHED: { description: '该证明已取消' },
    DATA_SHARING: { description: '改由数据共享核验' },
    INTER_DEPARTMENT: { description: '改由部门间协查核验' },
    COMMITMENT: { description: '改由个人告知承诺' },
    NEGATIVE_LIST: { description: '属于不应由社区承担的事项（负面清单）' },
    NOT_LISTED: { description: '不在社区可出具证明清单内' },
    AMBIGUOUS: { description: '可能对应几项证明事项（见 candidates），须社区工作人员与居民确认' },
  },
});
