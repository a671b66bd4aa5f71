import { graphql } from '../../gql';

// Reference data every signed-in role may read; cached for the session (see api/catalog.ts).
export const FactTypesQuery = graphql(`
  query FactTypes {
    factTypes {
      code
      name
      description
      claimSchema
      commitmentAllowed
      thirdPartyAllowed
      postVerifyDays
      assistDueHours
      ownerDepartment {
        code
        name
      }
    }
  }
`);

export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      code
      name
      shortName
      kind
    }
  }
`);

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      code
      name
      level
      parentCode
    }
  }
`);

export const CertificateTypesQuery = graphql(`
  query CertificateTypes($search: String, $first: Int, $after: String) {
    certificateTypes(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        name
        aliases
        disposition
        legalBasis
        description
        factTypes {
          code
          name
        }
        factGroups {
          kind
          factTypes
        }
      }
    }
  }
`);
