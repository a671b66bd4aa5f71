import { registerEnumType } from '@nestjs/graphql';

export enum WorkAccessAction {
  ADD = 'ADD',
  REMOVE = 'REMOVE',
}
registerEnumType(WorkAccessAction, {
  name: 'WorkAccessAction',
  valuesMap: { ADD: { description: '将事项纳入清单' }, REMOVE: { description: '将事项移出清单' } },
});

export enum WorkAccessStatus {
  SUBMITTED = 'SUBMITTED',
  CIVIL_AFFAIRS_PASSED = 'CIVIL_AFFAIRS_PASSED',
  ORGANIZATION_PASSED = 'ORGANIZATION_PASSED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WorkAccessStatus, {
  name: 'WorkAccessStatus',
  description: '社区工作准入申请状态',
  valuesMap: {
    SUBMITTED: { description: '已提交，待县民政局审核' },
    CIVIL_AFFAIRS_PASSED: { description: '民政部门审核通过，待县委组织部审核' },
    ORGANIZATION_PASSED: { description: '组织部门审核通过，待报县委、县政府批准' },
    PUBLISHED: { description: '已批准并发布为新版清单' },
    REJECTED: { description: '未通过' },
    WITHDRAWN: { description: '申请部门已撤回' },
  },
});

export enum WorkAccessStep {
  SUBMIT = 'SUBMIT',
  CIVIL_AFFAIRS_REVIEW = 'CIVIL_AFFAIRS_REVIEW',
  ORGANIZATION_REVIEW = 'ORGANIZATION_REVIEW',
  COUNTY_APPROVAL = 'COUNTY_APPROVAL',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(WorkAccessStep, {
  name: 'WorkAccessStep',
  valuesMap: {
    SUBMIT: { description: '部门提出申请' },
    CIVIL_AFFAIRS_REVIEW: { description: '县民政局审核' },
    ORGANIZATION_REVIEW: { description: '县委组织部审核' },
    COUNTY_APPROVAL: { description: '县委、县政府批准' },
    WITHDRAW: { description: '申请部门撤回' },
  },
});

export enum ReviewDecision {
  PASS = 'PASS',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  valuesMap: { PASS: { description: '审核通过' }, REJECT: { description: '不予通过' } },
});

export enum StepDecision {
  SUBMITTED = 'SUBMITTED',
  PASSED = 'PASSED',
  REJECTED = 'REJECTED',
  APPROVED = 'APPROVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(StepDecision, { name: 'WorkAccessStepDecision' });

export enum ApprovalAuthority {
  COUNTY_PARTY_COMMITTEE = 'COUNTY_PARTY_COMMITTEE',
  COUNTY_GOVERNMENT = 'COUNTY_GOVERNMENT',
}
registerEnumType(ApprovalAuthority, {
  name: 'ApprovalAuthority',
  valuesMap: {
    COUNTY_PARTY_COMMITTEE: { description: '中共环县县委' },
    COUNTY_GOVERNMENT: { description: '环县人民政府' },
  },
});

export const AUTHORITY_NAME: Record<ApprovalAuthority, string> = {
  [ApprovalAuthority.COUNTY_PARTY_COMMITTEE]: '中共环县县委',
  [ApprovalAuthority.COUNTY_GOVERNMENT]: '环县人民政府',
};

export enum FormFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
}
registerEnumType(FormFrequency, { name: 'FormFrequency', description: '填报频次' });

export const PENDING_STATUSES: readonly WorkAccessStatus[] = [
  WorkAccessStatus.SUBMITTED,
  WorkAccessStatus.CIVIL_AFFAIRS_PASSED,
  WorkAccessStatus.ORGANIZATION_PASSED,
];
