import { graphql } from '../../gql';

// Anyone may check what the gateway signed, without signing in.
export const VerifyReceiptQuery = graphql(`
  query VerifyReceipt($token: String!) {
    verifyReceipt(token: $token) {
      valid
      problem
      outcome
      factType
      source
      subjectMasked
      issuedAt
      keyId
      verificationId
      payload
      status {
        status
        changedAt
        reason
        reasonText
      }
    }
  }
`);

export const VerifyCommitmentRecordQuery = graphql(`
  query VerifyCommitmentRecord($token: String!) {
    verifyCommitmentRecord(token: $token) {
      valid
      problem
      commitmentId
      subjectMasked
      noticeHash
      signedAt
      status {
        status
        changedAt
        reason
        reasonText
      }
    }
  }
`);

export const VerifyCommunityCertificateQuery = graphql(`
  query VerifyCommunityCertificate($token: String!) {
    verifyCommunityCertificate(token: $token) {
      valid
      problem
      serial
      certificateName
      communityName
      subjectMasked
      content
      issuedAt
      revoked
      status {
        status
        changedAt
        reason
        reasonText
      }
    }
  }
`);
