import { graphql } from '../../gql';

export const ResidentMeQuery = graphql(`
  query ResidentMe {
    residentMe {
      subjectMasked
      name
    }
  }
`);

export const MyDataUsesQuery = graphql(`
  query MyDataUses($filter: DataUseFilter, $first: Int, $after: String) {
    myDataUses(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        at
        department
        window
        matter
        purpose
        fact
        namedAs
        result
        objection
        sources {
          source
          department
          answer
        }
      }
    }
  }
`);

export const RaiseObjectionMutation = graphql(`
  mutation RaiseObjection($input: RaiseObjectionInput!) {
    raiseObjection(input: $input) {
      id
      status
    }
  }
`);

export const MyOutcomesQuery = graphql(`
  query MyOutcomes {
    myCommitments {
      id
      fact
      department
      matter
      status
      statusText
      signedAt
      offeredAt
      postVerifyDueAt
      postResult
      postVerifiedAt
      canWithdraw
      record
    }
    myCreditRecords {
      id
      reason
      createdAt
      repairedAt
      blocks
      repair
    }
    myCertificates {
      id
      serial
      certificate
      community
      content
      purpose
      issuedAt
      status
      revokeReason
      token
    }
    myObjections {
      id
      entryKind
      text
      status
      answer
      answeredAt
      createdAt
    }
  }
`);

export const WithdrawMyCommitmentMutation = graphql(`
  mutation WithdrawMyCommitment($id: ID!, $reason: String!) {
    withdrawMyCommitment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const CommitmentSignLinkQuery = graphql(`
  query CommitmentSignLink($token: String!) {
    commitmentSignLink(token: $token) {
      commitmentId
      fact
      department
      matter
      noticeText
      noticeVersion
      noticeHash
      expiresAt
    }
  }
`);

export const SignCommitmentByLinkMutation = graphql(`
  mutation SignCommitmentByLink($input: SignByLinkInput!) {
    signCommitmentByLink(input: $input) {
      id
      status
      statusText
    }
  }
`);

export const CreateCommitmentSignLinkMutation = graphql(`
  mutation CreateCommitmentSignLink($commitmentId: ID!) {
    createCommitmentSignLink(commitmentId: $commitmentId) {
      token
      path
      expiresAt
    }
  }
`);

export const ResidentObjectionsQuery = graphql(`
  query ResidentObjections($filter: ObjectionCaseFilter, $first: Int, $after: String) {
    residentObjections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        text
        status
        answer
        createdAt
        subjectMasked
        entry {
          kind
          at
          department
          window
          matter
          fact
          result
        }
        trail {
          at
          action
          actorSubject
          actorDepartment
          outcome
        }
      }
    }
  }
`);

export const AnswerResidentObjectionMutation = graphql(`
  mutation AnswerResidentObjection($input: AnswerObjectionInput!) {
    answerResidentObjection(input: $input) {
      id
      status
    }
  }
`);
