import { graphql } from '../../gql';

export const DataSourceFields = graphql(`
  fragment DataSourceFields on DataSource {
    id
    code
    name
    endpoint
    healthUrl
    jwksUrl
    factTypes
    status
    statusReason
    timeoutMs
    maxConcurrency
    hasAuthSecret
    signsResponses
    updatedAt
    providerDepartment {
      code
      name
    }
    grantedDepartments {
      code
      name
    }
    lastProbe {
      at
      ok
      latencyMs
      message
    }
    stats {
      calls
      failures
      errorRate
      p50LatencyMs
      p95LatencyMs
      breaker
    }
  }
`);

export const DataSourcesQuery = graphql(`
  query DataSources($filter: DataSourceFilter) {
    dataSources(filter: $filter) {
      ...DataSourceFields
    }
  }
`);

// source code to name, for the window's results
export const SourceNamesQuery = graphql(`
  query SourceNames {
    dataSources {
      code
      name
      providerDepartment {
        name
      }
    }
  }
`);

export const RegisterSourceMutation = graphql(`
  mutation RegisterSource($input: RegisterDataSourceInput!) {
    registerDataSource(input: $input) {
      ...DataSourceFields
    }
  }
`);

export const UpdateSourceMutation = graphql(`
  mutation UpdateSource($input: UpdateDataSourceInput!) {
    updateDataSource(input: $input) {
      ...DataSourceFields
    }
  }
`);

export const SuspendSourceMutation = graphql(`
  mutation SuspendSource($id: ID!, $reason: String!) {
    suspendDataSource(id: $id, reason: $reason) {
      ...DataSourceFields
    }
  }
`);

export const ReactivateSourceMutation = graphql(`
  mutation ReactivateSource($id: ID!) {
    reactivateDataSource(id: $id) {
      ...DataSourceFields
    }
  }
`);

export const ProbeSourceMutation = graphql(`
  mutation ProbeSource($id: ID!) {
    probeDataSource(id: $id) {
      ...DataSourceFields
    }
  }
`);

export const GrantSourceMutation = graphql(`
  mutation GrantSource($sourceId: ID!, $department: String!) {
    grantSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {
      ...DataSourceFields
    }
  }
`);

export const RevokeSourceGrantMutation = graphql(`
  mutation RevokeSourceGrant($sourceId: ID!, $department: String!) {
    revokeSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {
      ...DataSourceFields
    }
  }
`);

export const FactTypeDelegationFields = graphql(`
  fragment FactTypeDelegationFields on FactTypeDelegation {
    id
    factType
    ownerDepartment {
      code
      name
    }
    delegateDepartment {
      code
      name
    }
    reason
    active
    grantedAt
    grantedBy
    revokedAt
    revokedBy
    revokeReason
  }
`);

export const FactTypeDelegationsQuery = graphql(`
  query FactTypeDelegations($filter: FactTypeDelegationFilter) {
    factTypeDelegations(filter: $filter) {
      ...FactTypeDelegationFields
    }
  }
`);

export const DelegateFactTypeMutation = graphql(`
  mutation DelegateFactType($input: DelegateFactTypeInput!) {
    delegateFactType(input: $input) {
      ...FactTypeDelegationFields
    }
  }
`);

export const RevokeFactTypeDelegationMutation = graphql(`
  mutation RevokeFactTypeDelegation($id: ID!, $reason: String!) {
    revokeFactTypeDelegation(id: $id, reason: $reason) {
      ...FactTypeDelegationFields
    }
  }
`);
