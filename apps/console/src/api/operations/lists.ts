import { graphql } from '../../gql';

// The lists are public: these work with or without a token.
export const CommunityListQuery = graphql(`
  query CommunityList($kind: ListKind!, $version: Int, $at: DateTime) {
    communityList(kind: $kind, version: $version, at: $at) {
      id
      kind
      version
      title
      source
      effectiveFrom
      publishedAt
      changeSummary
      isSample
      items {
        seq
        content
        legalBasis
        category
        reason
        certificateCode
        departmentCode
        frequency
      }
    }
  }
`);

export const ListHistoryQuery = graphql(`
  query ListHistory($kind: ListKind!, $first: Int, $after: String) {
    listHistory(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        version
        title
        effectiveFrom
        effectiveTo
        inForce
        itemCount
        changeSummary
        publishedAt
        applicationId
      }
    }
  }
`);

export const WorkAccessFields = graphql(`
  fragment WorkAccessFields on WorkAccessApplication {
    id
    listKind
    action
    status
    content
    legalBasis
    funding
    workingConditions
    justification
    certificateCode
    frequency
    itemSeq
    baseVersion
    applicantDepartment
    createdAt
    updatedAt
    approvalAuthority
    approvalDocument
    approvedOn
    effectiveFrom
    listVersion {
      kind
      version
    }
    steps {
      step
      decision
      reason
      actorDepartment
      actorSubject
      at
    }
  }
`);

export const WorkAccessApplicationsQuery = graphql(`
  query WorkAccessApplications($filter: WorkAccessFilter, $first: Int, $after: String) {
    workAccessApplications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WorkAccessFields
      }
    }
  }
`);

export const WorkAccessApplicationQuery = graphql(`
  query WorkAccessApplication($id: ID!) {
    workAccessApplication(id: $id) {
      ...WorkAccessFields
    }
  }
`);

export const ReviewWorkAccessMutation = graphql(`
  mutation ReviewWorkAccess($input: ReviewWorkAccessInput!) {
    reviewWorkAccessApplication(input: $input) {
      ...WorkAccessFields
    }
  }
`);

export const RecordApprovalMutation = graphql(`
  mutation RecordApproval($input: RecordCountyApprovalInput!) {
    recordWorkAccessApproval(input: $input) {
      ...WorkAccessFields
    }
  }
`);
