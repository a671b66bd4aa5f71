import { graphql } from '../../gql';

export const AssistInboxQuery = graphql(`
  query AssistInbox($filter: AssistFilter, $first: Int, $after: String) {
    assistRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        factType
        question
        claim
        subjectMasked
        persons {
          field
          label
          masked
          revealable
        }
        fromDepartment
        toDepartment
        status
        answer
        note
        dueAt
        createdAt
        closedAt
      }
    }
  }
`);

export const RevealSubjectMutation = graphql(`
  mutation RevealSubject($id: ID!, $field: String) {
    revealAssistSubject(id: $id, field: $field)
  }
`);

export const AnswerAssistMutation = graphql(`
  mutation AnswerAssist($input: AnswerAssistInput!) {
    answerAssistRequest(input: $input) {
      id
      status
      answer
      note
      closedAt
    }
  }
`);
