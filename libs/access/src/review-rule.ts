import { Role } from '#gw/auth';
import type { Caller } from '#gw/auth';
import { AppException } from '#gw/common';
import { WorkAccessStatus, WorkAccessStep } from './access.enums';

export type ReviewStep = WorkAccessStep.CIVIL_AFFAIRS_REVIEW | WorkAccessStep.ORGANIZATION_REVIEW;

export interface ReviewDepartments {
  civilAffairsDepartment: string;
  organizationDepartment: string;
}

export interface Reviewer {
  department: string;
  role: Role;
  office: string;
}

const OFFICE = { civil: '县民政局', organization: '县委组织部' } as const;

const STEP_STATUS = {
  [WorkAccessStep.CIVIL_AFFAIRS_REVIEW]: {
    from: WorkAccessStatus.SUBMITTED,
    passTo: WorkAccessStatus.CIVIL_AFFAIRS_PASSED,
  },
  [WorkAccessStep.ORGANIZATION_REVIEW]: {
    from: WorkAccessStatus.CIVIL_AFFAIRS_PASSED,
    passTo: WorkAccessStatus.ORGANIZATION_PASSED,
  },
} as const;

export function stepStatus(step: ReviewStep): { from: WorkAccessStatus; passTo: WorkAccessStatus } {
  return STEP_STATUS[step];
}

// Who reviews a step of a work-access application (四（二）: 县级民政、组织部门审核), bound to the
// department and not only the role: the civil-affairs step is for the civil-affairs bureau's
// LIST_ADMINs, the organization step for the organization department's REVIEWERs (department
// codes from configuration). No department reviews its own application: when one of the two
// applies, the other department takes both steps in its own capacity (two different people, see
// AccessService.review), so an application of civil affairs is reviewed twice by the organization
// department's REVIEWERs, one of the organization department twice by civil affairs' LIST_ADMINs.
export function reviewerFor(step: ReviewStep, applicantDepartment: string, d: ReviewDepartments): Reviewer {
  const civil: Reviewer = { department: d.civilAffairsDepartment, role: Role.LIST_ADMIN, office: OFFICE.civil };
  const organization: Reviewer = {
    department: d.organizationDepartment,
    role: Role.REVIEWER,
    office: OFFICE.organization,
  };
  if (applicantDepartment === d.civilAffairsDepartment) return organization;
  if (applicantDepartment === d.organizationDepartment) return civil;
  return step === WorkAccessStep.CIVIL_AFFAIRS_REVIEW ? civil : organization;
}

// Refuses (FORBIDDEN, nothing written) a caller who is not the step's reviewer.
export function assertReviewer(caller: Caller, step: ReviewStep, applicantDepartment: string, d: ReviewDepartments) {
  const reviewer = reviewerFor(step, applicantDepartment, d);
  if (caller.user.departmentCode !== reviewer.department || !caller.user.roles.includes(reviewer.role)) {
    const what = step === WorkAccessStep.CIVIL_AFFAIRS_REVIEW ? '民政部门审核' : '组织部门审核';
    throw AppException.forbidden(`该申请的${what}环节由${reviewer.office}（${reviewer.role}）办理`, {
      step,
      department: reviewer.department,
      role: reviewer.role,
    });
  }
}
