import { graphql } from '../../gql';

export const CommitmentFields = graphql(`
  fragment CommitmentFields on Commitment {
    id
    verificationId
    factType
    subjectMasked
    status
    noticeText
    noticeVersion
    noticeHash
    disclosed
    record
    signatureMethod
    evidenceRef
    signedAt
    postVerifyDueAt
    postResult
    postVerifiedAt
    overdue
    withdrawReason
    requesterDepartment
    createdAt
    recordStatus {
      status
      changedAt
      reasonText
    }
  }
`);

export const OfferCommitmentMutation = graphql(`
  mutation OfferCommitment($input: OfferCommitmentInput!) {
    offerCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

export const SignCommitmentMutation = graphql(`
  mutation SignCommitment($input: SignCommitmentInput!) {
    signCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

export const WithdrawCommitmentMutation = graphql(`
  mutation WithdrawCommitment($id: ID!, $reason: String!) {
    withdrawCommitment(id: $id, reason: $reason) {
      ...CommitmentFields
    }
  }
`);

export const CommitmentQuery = graphql(`
  query Commitment($id: ID!) {
    commitment(id: $id) {
      ...CommitmentFields
    }
  }
`);

export const CommitmentsQuery = graphql(`
  query Commitments($filter: CommitmentFilter, $first: Int, $after: String) {
    commitments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CommitmentFields
      }
    }
  }
`);

export const PostVerifyMutation = graphql(`
  mutation PostVerify($input: PostVerifyCommitmentInput!) {
    recordPostVerification(input: $input) {
      ...CommitmentFields
    }
  }
`);
