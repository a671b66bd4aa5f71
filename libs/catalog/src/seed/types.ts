// Shapes of the reference data the gateway ships. `isSample: true` marks anything that is not
// taken from the seed policy document (环县社区减负专项行动实施方案, 2023).

export type RegionLevel = 'COUNTY' | 'TOWNSHIP' | 'COMMUNITY';
export type DepartmentKind = 'GOVERNMENT' | 'THIRD_PARTY';
export type Disposition = 'ABOLISHED' | 'DATA_SHARING' | 'INTER_DEPARTMENT' | 'COMMITMENT' | 'COMMUNITY_PERMITTED';
export type ListKind = 'DUTY' | 'ASSIST' | 'NEGATIVE' | 'PERMITTED_CERTIFICATE' | 'FORM';
export type FormFrequency = 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY';

export interface RegionSeed {
  code: string; // 12-digit administrative division code (GB/T 2260 + township/village extension)
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  isSample: boolean;
}

export interface DepartmentSeed {
  code: string; // upper-case ASCII, e.g. HX_GA (环县公安局)
  name: string;
  shortName: string;
  kind: DepartmentKind;
  regionCode: string;
  isSample: boolean;
}

// JSON-Schema-like description of the claim a verifier submits for this fact.
export interface ClaimSchema {
  type: 'object';
  properties: Record<
    string,
    {
      type: 'string' | 'boolean' | 'integer';
      description: string;
      enum?: string[];
      // the Chinese name of each enum value, in the same order (shown in forms instead of the code)
      enumNames?: string[];
      pattern?: string;
    }
  >;
  required: string[];
  additionalProperties: false;
}

export interface FactTypeSeed {
  code: string; // upper-case ASCII, e.g. MARITAL_STATUS
  name: string;
  description: string;
  claimSchema: ClaimSchema;
  ownerDepartmentCode: string;
  commitmentAllowed: boolean;
  thirdPartyAllowed: boolean;
  postVerifyDays: number | null; // null when commitment is not allowed
  assistDueHours: number;
  isSample: boolean;
}

export interface CertificateTypeSeed {
  code: string; // upper-case ASCII, e.g. RESIDENCE
  name: string;
  disposition: Disposition;
  aliases: string[];
  legalBasis: string;
  description: string;
  factTypeCodes: string[];
  // alternatives among factTypeCodes, as the certificate's own text names them: any one fact of a
  // group satisfies it; the facts in no group are all required
  anyOf?: string[][];
  isSample: boolean;
}

export interface ListItemSeed {
  seq: number;
  category?: string; // attachment 3: 工作类型
  content: string;
  legalBasis: string; // attachment 1/2: 工作依据; attachment 3: the note on the list
  reason?: string; // attachment 3: 列入负面清单原因
  certificateCode?: string; // PERMITTED_CERTIFICATE only
  departmentCode?: string; // FORM only: the requesting department
  frequency?: FormFrequency; // FORM only
}

export interface ListSeed {
  kind: ListKind;
  version: number;
  title: string;
  source: string;
  effectiveFrom: string; // ISO date
  isSample: boolean;
  items: ListItemSeed[];
}

// A commissioned organisation (department of kind THIRD_PARTY) allowed to check a fact type.
export interface ThirdPartyCommissionSeed {
  factTypeCode: string;
  departmentCode: string;
  isSample: boolean;
}
