import { graphql } from '../../gql';

export const BurdenReportQuery = graphql(`
  query BurdenReport($filter: BurdenFilter!, $first: Int, $after: String) {
    burdenReport(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        communityCode
        communityName
        checksAllowed
        checksRefused
        certificatesIssued
        certificatesRevoked
        formsFiled
        assistRequested
        assistAnswered
        assistOverdue
        verifiedBySharedData
        verifiedByOtherRoutes
        sharedDataShare
      }
    }
  }
`);

export const BurdenTotalsQuery = graphql(`
  query BurdenTotals($filter: BurdenFilter!) {
    burdenTotals(filter: $filter) {
      regionCode
      regionName
      from
      to
      communities
      checksAllowed
      checksRefused
      certificatesIssued
      certificatesRevoked
      formsFiled
      assistRequested
      assistAnswered
      assistOverdue
      verifiedBySharedData
      verifiedByOtherRoutes
      sharedDataShare
      refusedByReason {
        reason
        count
      }
    }
  }
`);

export const BurdenTrendQuery = graphql(`
  query BurdenTrend($filter: BurdenFilter!, $granularity: TrendGranularity!) {
    burdenTrend(filter: $filter, granularity: $granularity) {
      start
      end
      checksAllowed
      checksRefused
      certificatesIssued
      verifiedBySharedData
      verifiedByOtherRoutes
      sharedDataShare
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query AuditTrail($filter: AuditTrailFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        seq
        at
        action
        outcome
        actorSubject
        actorDepartment
        actorRoles
        targetType
        targetId
        requestId
        detail
        hash
      }
    }
  }
`);

export const AuditChainQuery = graphql(`
  query AuditChain {
    verifyAuditChain {
      valid
      eventCount
      brokenAtSeq
      problem
    }
  }
`);

export const CreditDeliveriesQuery = graphql(`
  query CreditDeliveries($status: CreditDeliveryStatus, $first: Int, $after: String) {
    creditDeliverySummary {
      pending
      delivered
      oldestPendingAt
    }
    creditDeliveries(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        type
        status
        attempts
        lastError
        createdAt
        deliveredAt
        nextAttemptAt
      }
    }
  }
`);
