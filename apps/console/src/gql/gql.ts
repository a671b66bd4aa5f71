/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AssistInbox($filter: AssistFilter, $first: Int, $after: String) {\n    assistRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        factType\n        question\n        claim\n        subjectMasked\n        persons {\n          field\n          label\n          masked\n          revealable\n        }\n        fromDepartment\n        toDepartment\n        status\n        answer\n        note\n        dueAt\n        createdAt\n        closedAt\n      }\n    }\n  }\n": typeof types.AssistInboxDocument,
    "\n  mutation RevealSubject($id: ID!, $field: String) {\n    revealAssistSubject(id: $id, field: $field)\n  }\n": typeof types.RevealSubjectDocument,
    "\n  mutation AnswerAssist($input: AnswerAssistInput!) {\n    answerAssistRequest(input: $input) {\n      id\n      status\n      answer\n      note\n      closedAt\n    }\n  }\n": typeof types.AnswerAssistDocument,
    "\n  query FactTypes {\n    factTypes {\n      code\n      name\n      description\n      claimSchema\n      commitmentAllowed\n      thirdPartyAllowed\n      postVerifyDays\n      assistDueHours\n      ownerDepartment {\n        code\n        name\n      }\n    }\n  }\n": typeof types.FactTypesDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n      shortName\n      kind\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query Regions {\n    regions {\n      code\n      name\n      level\n      parentCode\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query CertificateTypes($search: String, $first: Int, $after: String) {\n    certificateTypes(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        aliases\n        disposition\n        legalBasis\n        description\n        factTypes {\n          code\n          name\n        }\n        factGroups {\n          kind\n          factTypes\n        }\n      }\n    }\n  }\n": typeof types.CertificateTypesDocument,
    "\n  fragment CommitmentFields on Commitment {\n    id\n    verificationId\n    factType\n    subjectMasked\n    status\n    noticeText\n    noticeVersion\n    noticeHash\n    disclosed\n    record\n    signatureMethod\n    evidenceRef\n    signedAt\n    postVerifyDueAt\n    postResult\n    postVerifiedAt\n    overdue\n    withdrawReason\n    requesterDepartment\n    createdAt\n    recordStatus {\n      status\n      changedAt\n      reasonText\n    }\n  }\n": typeof types.CommitmentFieldsFragmentDoc,
    "\n  mutation OfferCommitment($input: OfferCommitmentInput!) {\n    offerCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.OfferCommitmentDocument,
    "\n  mutation SignCommitment($input: SignCommitmentInput!) {\n    signCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.SignCommitmentDocument,
    "\n  mutation WithdrawCommitment($id: ID!, $reason: String!) {\n    withdrawCommitment(id: $id, reason: $reason) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.WithdrawCommitmentDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.CommitmentDocument,
    "\n  query Commitments($filter: CommitmentFilter, $first: Int, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommitmentFields\n      }\n    }\n  }\n": typeof types.CommitmentsDocument,
    "\n  mutation PostVerify($input: PostVerifyCommitmentInput!) {\n    recordPostVerification(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.PostVerifyDocument,
    "\n  mutation CheckCertificate($input: CheckCommunityCertificateInput!) {\n    checkCommunityCertificate(input: $input) {\n      id\n      certificateInput\n      decision\n      reason\n      guidance\n      legalBasis\n      checkedAt\n      community {\n        code\n        name\n      }\n      certificateType {\n        code\n        name\n        disposition\n      }\n      listVersion {\n        kind\n        version\n        title\n      }\n      negativeListItem {\n        seq\n        category\n        content\n        reason\n      }\n      candidates {\n        code\n        name\n        decision\n        reason\n        matchedOn\n        explanation\n      }\n    }\n  }\n": typeof types.CheckCertificateDocument,
    "\n  fragment IssuedCertificateFields on IssuedCertificate {\n    id\n    serial\n    communityCode\n    certificateCode\n    subjectMasked\n    purpose\n    content\n    qr\n    status\n    issuedAt\n    revokedAt\n    revokeReason\n  }\n": typeof types.IssuedCertificateFieldsFragmentDoc,
    "\n  mutation IssueCertificate($input: IssueCommunityCertificateInput!) {\n    issueCommunityCertificate(input: $input) {\n      ...IssuedCertificateFields\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  query IssuedCertificates($filter: IssuedCertificateFilter, $first: Int, $after: String) {\n    issuedCertificates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...IssuedCertificateFields\n      }\n    }\n  }\n": typeof types.IssuedCertificatesDocument,
    "\n  mutation RevokeCertificate($id: ID!, $reason: String!) {\n    revokeCommunityCertificate(id: $id, reason: $reason) {\n      ...IssuedCertificateFields\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  mutation RecordFormFiling($input: RecordFormFilingInput!) {\n    recordFormFiling(input: $input) {\n      id\n      formName\n      period\n      filedAt\n    }\n  }\n": typeof types.RecordFormFilingDocument,
    "\n  query CommunityList($kind: ListKind!, $version: Int, $at: DateTime) {\n    communityList(kind: $kind, version: $version, at: $at) {\n      id\n      kind\n      version\n      title\n      source\n      effectiveFrom\n      publishedAt\n      changeSummary\n      isSample\n      items {\n        seq\n        content\n        legalBasis\n        category\n        reason\n        certificateCode\n        departmentCode\n        frequency\n      }\n    }\n  }\n": typeof types.CommunityListDocument,
    "\n  query ListHistory($kind: ListKind!, $first: Int, $after: String) {\n    listHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        version\n        title\n        effectiveFrom\n        effectiveTo\n        inForce\n        itemCount\n        changeSummary\n        publishedAt\n        applicationId\n      }\n    }\n  }\n": typeof types.ListHistoryDocument,
    "\n  fragment WorkAccessFields on WorkAccessApplication {\n    id\n    listKind\n    action\n    status\n    content\n    legalBasis\n    funding\n    workingConditions\n    justification\n    certificateCode\n    frequency\n    itemSeq\n    baseVersion\n    applicantDepartment\n    createdAt\n    updatedAt\n    approvalAuthority\n    approvalDocument\n    approvedOn\n    effectiveFrom\n    listVersion {\n      kind\n      version\n    }\n    steps {\n      step\n      decision\n      reason\n      actorDepartment\n      actorSubject\n      at\n    }\n  }\n": typeof types.WorkAccessFieldsFragmentDoc,
    "\n  query WorkAccessApplications($filter: WorkAccessFilter, $first: Int, $after: String) {\n    workAccessApplications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkAccessFields\n      }\n    }\n  }\n": typeof types.WorkAccessApplicationsDocument,
    "\n  query WorkAccessApplication($id: ID!) {\n    workAccessApplication(id: $id) {\n      ...WorkAccessFields\n    }\n  }\n": typeof types.WorkAccessApplicationDocument,
    "\n  mutation ReviewWorkAccess($input: ReviewWorkAccessInput!) {\n    reviewWorkAccessApplication(input: $input) {\n      ...WorkAccessFields\n    }\n  }\n": typeof types.ReviewWorkAccessDocument,
    "\n  mutation RecordApproval($input: RecordCountyApprovalInput!) {\n    recordWorkAccessApproval(input: $input) {\n      ...WorkAccessFields\n    }\n  }\n": typeof types.RecordApprovalDocument,
    "\n  query BurdenReport($filter: BurdenFilter!, $first: Int, $after: String) {\n    burdenReport(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        communityCode\n        communityName\n        checksAllowed\n        checksRefused\n        certificatesIssued\n        certificatesRevoked\n        formsFiled\n        assistRequested\n        assistAnswered\n        assistOverdue\n        verifiedBySharedData\n        verifiedByOtherRoutes\n        sharedDataShare\n      }\n    }\n  }\n": typeof types.BurdenReportDocument,
    "\n  query BurdenTotals($filter: BurdenFilter!) {\n    burdenTotals(filter: $filter) {\n      regionCode\n      regionName\n      from\n      to\n      communities\n      checksAllowed\n      checksRefused\n      certificatesIssued\n      certificatesRevoked\n      formsFiled\n      assistRequested\n      assistAnswered\n      assistOverdue\n      verifiedBySharedData\n      verifiedByOtherRoutes\n      sharedDataShare\n      refusedByReason {\n        reason\n        count\n      }\n    }\n  }\n": typeof types.BurdenTotalsDocument,
    "\n  query BurdenTrend($filter: BurdenFilter!, $granularity: TrendGranularity!) {\n    burdenTrend(filter: $filter, granularity: $granularity) {\n      start\n      end\n      checksAllowed\n      checksRefused\n      certificatesIssued\n      verifiedBySharedData\n      verifiedByOtherRoutes\n      sharedDataShare\n    }\n  }\n": typeof types.BurdenTrendDocument,
    "\n  query AuditTrail($filter: AuditTrailFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        seq\n        at\n        action\n        outcome\n        actorSubject\n        actorDepartment\n        actorRoles\n        targetType\n        targetId\n        requestId\n        detail\n        hash\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditChain {\n    verifyAuditChain {\n      valid\n      eventCount\n      brokenAtSeq\n      problem\n    }\n  }\n": typeof types.AuditChainDocument,
    "\n  query CreditDeliveries($status: CreditDeliveryStatus, $first: Int, $after: String) {\n    creditDeliverySummary {\n      pending\n      delivered\n      oldestPendingAt\n    }\n    creditDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.CreditDeliveriesDocument,
    "\n  query VerifyReceipt($token: String!) {\n    verifyReceipt(token: $token) {\n      valid\n      problem\n      outcome\n      factType\n      source\n      subjectMasked\n      issuedAt\n      keyId\n      verificationId\n      payload\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n": typeof types.VerifyReceiptDocument,
    "\n  query VerifyCommitmentRecord($token: String!) {\n    verifyCommitmentRecord(token: $token) {\n      valid\n      problem\n      commitmentId\n      subjectMasked\n      noticeHash\n      signedAt\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n": typeof types.VerifyCommitmentRecordDocument,
    "\n  query VerifyCommunityCertificate($token: String!) {\n    verifyCommunityCertificate(token: $token) {\n      valid\n      problem\n      serial\n      certificateName\n      communityName\n      subjectMasked\n      content\n      issuedAt\n      revoked\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n": typeof types.VerifyCommunityCertificateDocument,
    "\n  query ResidentMe {\n    residentMe {\n      subjectMasked\n      name\n    }\n  }\n": typeof types.ResidentMeDocument,
    "\n  query MyDataUses($filter: DataUseFilter, $first: Int, $after: String) {\n    myDataUses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        at\n        department\n        window\n        matter\n        purpose\n        fact\n        namedAs\n        result\n        objection\n        sources {\n          source\n          department\n          answer\n        }\n      }\n    }\n  }\n": typeof types.MyDataUsesDocument,
    "\n  mutation RaiseObjection($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RaiseObjectionDocument,
    "\n  query MyOutcomes {\n    myCommitments {\n      id\n      fact\n      department\n      matter\n      status\n      statusText\n      signedAt\n      offeredAt\n      postVerifyDueAt\n      postResult\n      postVerifiedAt\n      canWithdraw\n      record\n    }\n    myCreditRecords {\n      id\n      reason\n      createdAt\n      repairedAt\n      blocks\n      repair\n    }\n    myCertificates {\n      id\n      serial\n      certificate\n      community\n      content\n      purpose\n      issuedAt\n      status\n      revokeReason\n      token\n    }\n    myObjections {\n      id\n      entryKind\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n": typeof types.MyOutcomesDocument,
    "\n  mutation WithdrawMyCommitment($id: ID!, $reason: String!) {\n    withdrawMyCommitment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawMyCommitmentDocument,
    "\n  query CommitmentSignLink($token: String!) {\n    commitmentSignLink(token: $token) {\n      commitmentId\n      fact\n      department\n      matter\n      noticeText\n      noticeVersion\n      noticeHash\n      expiresAt\n    }\n  }\n": typeof types.CommitmentSignLinkDocument,
    "\n  mutation SignCommitmentByLink($input: SignByLinkInput!) {\n    signCommitmentByLink(input: $input) {\n      id\n      status\n      statusText\n    }\n  }\n": typeof types.SignCommitmentByLinkDocument,
    "\n  mutation CreateCommitmentSignLink($commitmentId: ID!) {\n    createCommitmentSignLink(commitmentId: $commitmentId) {\n      token\n      path\n      expiresAt\n    }\n  }\n": typeof types.CreateCommitmentSignLinkDocument,
    "\n  query ResidentObjections($filter: ObjectionCaseFilter, $first: Int, $after: String) {\n    residentObjections(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        text\n        status\n        answer\n        createdAt\n        subjectMasked\n        entry {\n          kind\n          at\n          department\n          window\n          matter\n          fact\n          result\n        }\n        trail {\n          at\n          action\n          actorSubject\n          actorDepartment\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.ResidentObjectionsDocument,
    "\n  mutation AnswerResidentObjection($input: AnswerObjectionInput!) {\n    answerResidentObjection(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AnswerResidentObjectionDocument,
    "\n  fragment DataSourceFields on DataSource {\n    id\n    code\n    name\n    endpoint\n    healthUrl\n    jwksUrl\n    factTypes\n    status\n    statusReason\n    timeoutMs\n    maxConcurrency\n    hasAuthSecret\n    signsResponses\n    updatedAt\n    providerDepartment {\n      code\n      name\n    }\n    grantedDepartments {\n      code\n      name\n    }\n    lastProbe {\n      at\n      ok\n      latencyMs\n      message\n    }\n    stats {\n      calls\n      failures\n      errorRate\n      p50LatencyMs\n      p95LatencyMs\n      breaker\n    }\n  }\n": typeof types.DataSourceFieldsFragmentDoc,
    "\n  query DataSources($filter: DataSourceFilter) {\n    dataSources(filter: $filter) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.DataSourcesDocument,
    "\n  query SourceNames {\n    dataSources {\n      code\n      name\n      providerDepartment {\n        name\n      }\n    }\n  }\n": typeof types.SourceNamesDocument,
    "\n  mutation RegisterSource($input: RegisterDataSourceInput!) {\n    registerDataSource(input: $input) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.RegisterSourceDocument,
    "\n  mutation UpdateSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.UpdateSourceDocument,
    "\n  mutation SuspendSource($id: ID!, $reason: String!) {\n    suspendDataSource(id: $id, reason: $reason) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.SuspendSourceDocument,
    "\n  mutation ReactivateSource($id: ID!) {\n    reactivateDataSource(id: $id) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.ReactivateSourceDocument,
    "\n  mutation ProbeSource($id: ID!) {\n    probeDataSource(id: $id) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.ProbeSourceDocument,
    "\n  mutation GrantSource($sourceId: ID!, $department: String!) {\n    grantSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.GrantSourceDocument,
    "\n  mutation RevokeSourceGrant($sourceId: ID!, $department: String!) {\n    revokeSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {\n      ...DataSourceFields\n    }\n  }\n": typeof types.RevokeSourceGrantDocument,
    "\n  fragment FactTypeDelegationFields on FactTypeDelegation {\n    id\n    factType\n    ownerDepartment {\n      code\n      name\n    }\n    delegateDepartment {\n      code\n      name\n    }\n    reason\n    active\n    grantedAt\n    grantedBy\n    revokedAt\n    revokedBy\n    revokeReason\n  }\n": typeof types.FactTypeDelegationFieldsFragmentDoc,
    "\n  query FactTypeDelegations($filter: FactTypeDelegationFilter) {\n    factTypeDelegations(filter: $filter) {\n      ...FactTypeDelegationFields\n    }\n  }\n": typeof types.FactTypeDelegationsDocument,
    "\n  mutation DelegateFactType($input: DelegateFactTypeInput!) {\n    delegateFactType(input: $input) {\n      ...FactTypeDelegationFields\n    }\n  }\n": typeof types.DelegateFactTypeDocument,
    "\n  mutation RevokeFactTypeDelegation($id: ID!, $reason: String!) {\n    revokeFactTypeDelegation(id: $id, reason: $reason) {\n      ...FactTypeDelegationFields\n    }\n  }\n": typeof types.RevokeFactTypeDelegationDocument,
    "\n  fragment VerificationFields on Verification {\n    id\n    factType\n    certificateCode\n    matter\n    purpose\n    subjectMasked\n    claim\n    communityCode\n    status\n    outcome\n    route\n    nextRoute\n    fallbackRoutes\n    reason\n    retryAfter\n    source\n    recordAsOf\n    receipt\n    requesterDepartment\n    createdAt\n    finishedAt\n    ownerDepartment {\n      code\n      name\n    }\n    attempts {\n      id\n      route\n      source\n      outcome\n      latencyMs\n      reason\n      recordAsOf\n      startedAt\n    }\n  }\n": typeof types.VerificationFieldsFragmentDoc,
    "\n  mutation VerifyFact($input: VerifyFactInput!) {\n    verifyFact(input: $input) {\n      ...VerificationFields\n    }\n  }\n": typeof types.VerifyFactDocument,
    "\n  mutation VerifyCertificate($input: VerifyCertificateInput!) {\n    verifyCertificate(input: $input) {\n      outcome\n      certificate {\n        code\n        name\n      }\n      verifications {\n        ...VerificationFields\n      }\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationFields\n    }\n  }\n": typeof types.VerificationDocument,
    "\n  query Verifications($filter: VerificationFilter, $first: Int, $after: String) {\n    verifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        factType\n        matter\n        subjectMasked\n        status\n        outcome\n        route\n        nextRoute\n        source\n        createdAt\n      }\n    }\n  }\n": typeof types.VerificationsDocument,
    "\n  mutation RequestAssist($input: RequestAssistInput!) {\n    requestAssist(input: $input) {\n      id\n      kind\n      toDepartment\n      dueAt\n      status\n    }\n  }\n": typeof types.RequestAssistDocument,
    "\n  query VerificationAssists($verificationId: ID!) {\n    assistRequests(filter: { verificationId: $verificationId }, first: 20) {\n      nodes {\n        id\n        kind\n        verificationId\n        toDepartment\n        status\n        answer\n        note\n        dueAt\n        createdAt\n        closedAt\n      }\n    }\n  }\n": typeof types.VerificationAssistsDocument,
    "\n  mutation CancelAssist($id: ID!, $reason: String!) {\n    cancelAssistRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelAssistDocument,
    "\n  mutation RecordManualCheck($input: RecordManualCheckInput!) {\n    recordManualCheck(input: $input) {\n      ...VerificationFields\n    }\n  }\n": typeof types.RecordManualCheckDocument,
};
const documents: Documents = {
    "\n  query AssistInbox($filter: AssistFilter, $first: Int, $after: String) {\n    assistRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        factType\n        question\n        claim\n        subjectMasked\n        persons {\n          field\n          label\n          masked\n          revealable\n        }\n        fromDepartment\n        toDepartment\n        status\n        answer\n        note\n        dueAt\n        createdAt\n        closedAt\n      }\n    }\n  }\n": types.AssistInboxDocument,
    "\n  mutation RevealSubject($id: ID!, $field: String) {\n    revealAssistSubject(id: $id, field: $field)\n  }\n": types.RevealSubjectDocument,
    "\n  mutation AnswerAssist($input: AnswerAssistInput!) {\n    answerAssistRequest(input: $input) {\n      id\n      status\n      answer\n      note\n      closedAt\n    }\n  }\n": types.AnswerAssistDocument,
    "\n  query FactTypes {\n    factTypes {\n      code\n      name\n      description\n      claimSchema\n      commitmentAllowed\n      thirdPartyAllowed\n      postVerifyDays\n      assistDueHours\n      ownerDepartment {\n        code\n        name\n      }\n    }\n  }\n": types.FactTypesDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n      shortName\n      kind\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query Regions {\n    regions {\n      code\n      name\n      level\n      parentCode\n    }\n  }\n": types.RegionsDocument,
    "\n  query CertificateTypes($search: String, $first: Int, $after: String) {\n    certificateTypes(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        aliases\n        disposition\n        legalBasis\n        description\n        factTypes {\n          code\n          name\n        }\n        factGroups {\n          kind\n          factTypes\n        }\n      }\n    }\n  }\n": types.CertificateTypesDocument,
    "\n  fragment CommitmentFields on Commitment {\n    id\n    verificationId\n    factType\n    subjectMasked\n    status\n    noticeText\n    noticeVersion\n    noticeHash\n    disclosed\n    record\n    signatureMethod\n    evidenceRef\n    signedAt\n    postVerifyDueAt\n    postResult\n    postVerifiedAt\n    overdue\n    withdrawReason\n    requesterDepartment\n    createdAt\n    recordStatus {\n      status\n      changedAt\n      reasonText\n    }\n  }\n": types.CommitmentFieldsFragmentDoc,
    "\n  mutation OfferCommitment($input: OfferCommitmentInput!) {\n    offerCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.OfferCommitmentDocument,
    "\n  mutation SignCommitment($input: SignCommitmentInput!) {\n    signCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.SignCommitmentDocument,
    "\n  mutation WithdrawCommitment($id: ID!, $reason: String!) {\n    withdrawCommitment(id: $id, reason: $reason) {\n      ...CommitmentFields\n    }\n  }\n": types.WithdrawCommitmentDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n": types.CommitmentDocument,
    "\n  query Commitments($filter: CommitmentFilter, $first: Int, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommitmentFields\n      }\n    }\n  }\n": types.CommitmentsDocument,
    "\n  mutation PostVerify($input: PostVerifyCommitmentInput!) {\n    recordPostVerification(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.PostVerifyDocument,
    "\n  mutation CheckCertificate($input: CheckCommunityCertificateInput!) {\n    checkCommunityCertificate(input: $input) {\n      id\n      certificateInput\n      decision\n      reason\n      guidance\n      legalBasis\n      checkedAt\n      community {\n        code\n        name\n      }\n      certificateType {\n        code\n        name\n        disposition\n      }\n      listVersion {\n        kind\n        version\n        title\n      }\n      negativeListItem {\n        seq\n        category\n        content\n        reason\n      }\n      candidates {\n        code\n        name\n        decision\n        reason\n        matchedOn\n        explanation\n      }\n    }\n  }\n": types.CheckCertificateDocument,
    "\n  fragment IssuedCertificateFields on IssuedCertificate {\n    id\n    serial\n    communityCode\n    certificateCode\n    subjectMasked\n    purpose\n    content\n    qr\n    status\n    issuedAt\n    revokedAt\n    revokeReason\n  }\n": types.IssuedCertificateFieldsFragmentDoc,
    "\n  mutation IssueCertificate($input: IssueCommunityCertificateInput!) {\n    issueCommunityCertificate(input: $input) {\n      ...IssuedCertificateFields\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  query IssuedCertificates($filter: IssuedCertificateFilter, $first: Int, $after: String) {\n    issuedCertificates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...IssuedCertificateFields\n      }\n    }\n  }\n": types.IssuedCertificatesDocument,
    "\n  mutation RevokeCertificate($id: ID!, $reason: String!) {\n    revokeCommunityCertificate(id: $id, reason: $reason) {\n      ...IssuedCertificateFields\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  mutation RecordFormFiling($input: RecordFormFilingInput!) {\n    recordFormFiling(input: $input) {\n      id\n      formName\n      period\n      filedAt\n    }\n  }\n": types.RecordFormFilingDocument,
    "\n  query CommunityList($kind: ListKind!, $version: Int, $at: DateTime) {\n    communityList(kind: $kind, version: $version, at: $at) {\n      id\n      kind\n      version\n      title\n      source\n      effectiveFrom\n      publishedAt\n      changeSummary\n      isSample\n      items {\n        seq\n        content\n        legalBasis\n        category\n        reason\n        certificateCode\n        departmentCode\n        frequency\n      }\n    }\n  }\n": types.CommunityListDocument,
    "\n  query ListHistory($kind: ListKind!, $first: Int, $after: String) {\n    listHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        version\n        title\n        effectiveFrom\n        effectiveTo\n        inForce\n        itemCount\n        changeSummary\n        publishedAt\n        applicationId\n      }\n    }\n  }\n": types.ListHistoryDocument,
    "\n  fragment WorkAccessFields on WorkAccessApplication {\n    id\n    listKind\n    action\n    status\n    content\n    legalBasis\n    funding\n    workingConditions\n    justification\n    certificateCode\n    frequency\n    itemSeq\n    baseVersion\n    applicantDepartment\n    createdAt\n    updatedAt\n    approvalAuthority\n    approvalDocument\n    approvedOn\n    effectiveFrom\n    listVersion {\n      kind\n      version\n    }\n    steps {\n      step\n      decision\n      reason\n      actorDepartment\n      actorSubject\n      at\n    }\n  }\n": types.WorkAccessFieldsFragmentDoc,
    "\n  query WorkAccessApplications($filter: WorkAccessFilter, $first: Int, $after: String) {\n    workAccessApplications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkAccessFields\n      }\n    }\n  }\n": types.WorkAccessApplicationsDocument,
    "\n  query WorkAccessApplication($id: ID!) {\n    workAccessApplication(id: $id) {\n      ...WorkAccessFields\n    }\n  }\n": types.WorkAccessApplicationDocument,
    "\n  mutation ReviewWorkAccess($input: ReviewWorkAccessInput!) {\n    reviewWorkAccessApplication(input: $input) {\n      ...WorkAccessFields\n    }\n  }\n": types.ReviewWorkAccessDocument,
    "\n  mutation RecordApproval($input: RecordCountyApprovalInput!) {\n    recordWorkAccessApproval(input: $input) {\n      ...WorkAccessFields\n    }\n  }\n": types.RecordApprovalDocument,
    "\n  query BurdenReport($filter: BurdenFilter!, $first: Int, $after: String) {\n    burdenReport(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        communityCode\n        communityName\n        checksAllowed\n        checksRefused\n        certificatesIssued\n        certificatesRevoked\n        formsFiled\n        assistRequested\n        assistAnswered\n        assistOverdue\n        verifiedBySharedData\n        verifiedByOtherRoutes\n        sharedDataShare\n      }\n    }\n  }\n": types.BurdenReportDocument,
    "\n  query BurdenTotals($filter: BurdenFilter!) {\n    burdenTotals(filter: $filter) {\n      regionCode\n      regionName\n      from\n      to\n      communities\n      checksAllowed\n      checksRefused\n      certificatesIssued\n      certificatesRevoked\n      formsFiled\n      assistRequested\n      assistAnswered\n      assistOverdue\n      verifiedBySharedData\n      verifiedByOtherRoutes\n      sharedDataShare\n      refusedByReason {\n        reason\n        count\n      }\n    }\n  }\n": types.BurdenTotalsDocument,
    "\n  query BurdenTrend($filter: BurdenFilter!, $granularity: TrendGranularity!) {\n    burdenTrend(filter: $filter, granularity: $granularity) {\n      start\n      end\n      checksAllowed\n      checksRefused\n      certificatesIssued\n      verifiedBySharedData\n      verifiedByOtherRoutes\n      sharedDataShare\n    }\n  }\n": types.BurdenTrendDocument,
    "\n  query AuditTrail($filter: AuditTrailFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        seq\n        at\n        action\n        outcome\n        actorSubject\n        actorDepartment\n        actorRoles\n        targetType\n        targetId\n        requestId\n        detail\n        hash\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditChain {\n    verifyAuditChain {\n      valid\n      eventCount\n      brokenAtSeq\n      problem\n    }\n  }\n": types.AuditChainDocument,
    "\n  query CreditDeliveries($status: CreditDeliveryStatus, $first: Int, $after: String) {\n    creditDeliverySummary {\n      pending\n      delivered\n      oldestPendingAt\n    }\n    creditDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n": types.CreditDeliveriesDocument,
    "\n  query VerifyReceipt($token: String!) {\n    verifyReceipt(token: $token) {\n      valid\n      problem\n      outcome\n      factType\n      source\n      subjectMasked\n      issuedAt\n      keyId\n      verificationId\n      payload\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n": types.VerifyReceiptDocument,
    "\n  query VerifyCommitmentRecord($token: String!) {\n    verifyCommitmentRecord(token: $token) {\n      valid\n      problem\n      commitmentId\n      subjectMasked\n      noticeHash\n      signedAt\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n": types.VerifyCommitmentRecordDocument,
    "\n  query VerifyCommunityCertificate($token: String!) {\n    verifyCommunityCertificate(token: $token) {\n      valid\n      problem\n      serial\n      certificateName\n      communityName\n      subjectMasked\n      content\n      issuedAt\n      revoked\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n": types.VerifyCommunityCertificateDocument,
    "\n  query ResidentMe {\n    residentMe {\n      subjectMasked\n      name\n    }\n  }\n": types.ResidentMeDocument,
    "\n  query MyDataUses($filter: DataUseFilter, $first: Int, $after: String) {\n    myDataUses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        at\n        department\n        window\n        matter\n        purpose\n        fact\n        namedAs\n        result\n        objection\n        sources {\n          source\n          department\n          answer\n        }\n      }\n    }\n  }\n": types.MyDataUsesDocument,
    "\n  mutation RaiseObjection($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      status\n    }\n  }\n": types.RaiseObjectionDocument,
    "\n  query MyOutcomes {\n    myCommitments {\n      id\n      fact\n      department\n      matter\n      status\n      statusText\n      signedAt\n      offeredAt\n      postVerifyDueAt\n      postResult\n      postVerifiedAt\n      canWithdraw\n      record\n    }\n    myCreditRecords {\n      id\n      reason\n      createdAt\n      repairedAt\n      blocks\n      repair\n    }\n    myCertificates {\n      id\n      serial\n      certificate\n      community\n      content\n      purpose\n      issuedAt\n      status\n      revokeReason\n      token\n    }\n    myObjections {\n      id\n      entryKind\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n": types.MyOutcomesDocument,
    "\n  mutation WithdrawMyCommitment($id: ID!, $reason: String!) {\n    withdrawMyCommitment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawMyCommitmentDocument,
    "\n  query CommitmentSignLink($token: String!) {\n    commitmentSignLink(token: $token) {\n      commitmentId\n      fact\n      department\n      matter\n      noticeText\n      noticeVersion\n      noticeHash\n      expiresAt\n    }\n  }\n": types.CommitmentSignLinkDocument,
    "\n  mutation SignCommitmentByLink($input: SignByLinkInput!) {\n    signCommitmentByLink(input: $input) {\n      id\n      status\n      statusText\n    }\n  }\n": types.SignCommitmentByLinkDocument,
    "\n  mutation CreateCommitmentSignLink($commitmentId: ID!) {\n    createCommitmentSignLink(commitmentId: $commitmentId) {\n      token\n      path\n      expiresAt\n    }\n  }\n": types.CreateCommitmentSignLinkDocument,
    "\n  query ResidentObjections($filter: ObjectionCaseFilter, $first: Int, $after: String) {\n    residentObjections(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        text\n        status\n        answer\n        createdAt\n        subjectMasked\n        entry {\n          kind\n          at\n          department\n          window\n          matter\n          fact\n          result\n        }\n        trail {\n          at\n          action\n          actorSubject\n          actorDepartment\n          outcome\n        }\n      }\n    }\n  }\n": types.ResidentObjectionsDocument,
    "\n  mutation AnswerResidentObjection($input: AnswerObjectionInput!) {\n    answerResidentObjection(input: $input) {\n      id\n      status\n    }\n  }\n": types.AnswerResidentObjectionDocument,
    "\n  fragment DataSourceFields on DataSource {\n    id\n    code\n    name\n    endpoint\n    healthUrl\n    jwksUrl\n    factTypes\n    status\n    statusReason\n    timeoutMs\n    maxConcurrency\n    hasAuthSecret\n    signsResponses\n    updatedAt\n    providerDepartment {\n      code\n      name\n    }\n    grantedDepartments {\n      code\n      name\n    }\n    lastProbe {\n      at\n      ok\n      latencyMs\n      message\n    }\n    stats {\n      calls\n      failures\n      errorRate\n      p50LatencyMs\n      p95LatencyMs\n      breaker\n    }\n  }\n": types.DataSourceFieldsFragmentDoc,
    "\n  query DataSources($filter: DataSourceFilter) {\n    dataSources(filter: $filter) {\n      ...DataSourceFields\n    }\n  }\n": types.DataSourcesDocument,
    "\n  query SourceNames {\n    dataSources {\n      code\n      name\n      providerDepartment {\n        name\n      }\n    }\n  }\n": types.SourceNamesDocument,
    "\n  mutation RegisterSource($input: RegisterDataSourceInput!) {\n    registerDataSource(input: $input) {\n      ...DataSourceFields\n    }\n  }\n": types.RegisterSourceDocument,
    "\n  mutation UpdateSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      ...DataSourceFields\n    }\n  }\n": types.UpdateSourceDocument,
    "\n  mutation SuspendSource($id: ID!, $reason: String!) {\n    suspendDataSource(id: $id, reason: $reason) {\n      ...DataSourceFields\n    }\n  }\n": types.SuspendSourceDocument,
    "\n  mutation ReactivateSource($id: ID!) {\n    reactivateDataSource(id: $id) {\n      ...DataSourceFields\n    }\n  }\n": types.ReactivateSourceDocument,
    "\n  mutation ProbeSource($id: ID!) {\n    probeDataSource(id: $id) {\n      ...DataSourceFields\n    }\n  }\n": types.ProbeSourceDocument,
    "\n  mutation GrantSource($sourceId: ID!, $department: String!) {\n    grantSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {\n      ...DataSourceFields\n    }\n  }\n": types.GrantSourceDocument,
    "\n  mutation RevokeSourceGrant($sourceId: ID!, $department: String!) {\n    revokeSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {\n      ...DataSourceFields\n    }\n  }\n": types.RevokeSourceGrantDocument,
    "\n  fragment FactTypeDelegationFields on FactTypeDelegation {\n    id\n    factType\n    ownerDepartment {\n      code\n      name\n    }\n    delegateDepartment {\n      code\n      name\n    }\n    reason\n    active\n    grantedAt\n    grantedBy\n    revokedAt\n    revokedBy\n    revokeReason\n  }\n": types.FactTypeDelegationFieldsFragmentDoc,
    "\n  query FactTypeDelegations($filter: FactTypeDelegationFilter) {\n    factTypeDelegations(filter: $filter) {\n      ...FactTypeDelegationFields\n    }\n  }\n": types.FactTypeDelegationsDocument,
    "\n  mutation DelegateFactType($input: DelegateFactTypeInput!) {\n    delegateFactType(input: $input) {\n      ...FactTypeDelegationFields\n    }\n  }\n": types.DelegateFactTypeDocument,
    "\n  mutation RevokeFactTypeDelegation($id: ID!, $reason: String!) {\n    revokeFactTypeDelegation(id: $id, reason: $reason) {\n      ...FactTypeDelegationFields\n    }\n  }\n": types.RevokeFactTypeDelegationDocument,
    "\n  fragment VerificationFields on Verification {\n    id\n    factType\n    certificateCode\n    matter\n    purpose\n    subjectMasked\n    claim\n    communityCode\n    status\n    outcome\n    route\n    nextRoute\n    fallbackRoutes\n    reason\n    retryAfter\n    source\n    recordAsOf\n    receipt\n    requesterDepartment\n    createdAt\n    finishedAt\n    ownerDepartment {\n      code\n      name\n    }\n    attempts {\n      id\n      route\n      source\n      outcome\n      latencyMs\n      reason\n      recordAsOf\n      startedAt\n    }\n  }\n": types.VerificationFieldsFragmentDoc,
    "\n  mutation VerifyFact($input: VerifyFactInput!) {\n    verifyFact(input: $input) {\n      ...VerificationFields\n    }\n  }\n": types.VerifyFactDocument,
    "\n  mutation VerifyCertificate($input: VerifyCertificateInput!) {\n    verifyCertificate(input: $input) {\n      outcome\n      certificate {\n        code\n        name\n      }\n      verifications {\n        ...VerificationFields\n      }\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationFields\n    }\n  }\n": types.VerificationDocument,
    "\n  query Verifications($filter: VerificationFilter, $first: Int, $after: String) {\n    verifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        factType\n        matter\n        subjectMasked\n        status\n        outcome\n        route\n        nextRoute\n        source\n        createdAt\n      }\n    }\n  }\n": types.VerificationsDocument,
    "\n  mutation RequestAssist($input: RequestAssistInput!) {\n    requestAssist(input: $input) {\n      id\n      kind\n      toDepartment\n      dueAt\n      status\n    }\n  }\n": types.RequestAssistDocument,
    "\n  query VerificationAssists($verificationId: ID!) {\n    assistRequests(filter: { verificationId: $verificationId }, first: 20) {\n      nodes {\n        id\n        kind\n        verificationId\n        toDepartment\n        status\n        answer\n        note\n        dueAt\n        createdAt\n        closedAt\n      }\n    }\n  }\n": types.VerificationAssistsDocument,
    "\n  mutation CancelAssist($id: ID!, $reason: String!) {\n    cancelAssistRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelAssistDocument,
    "\n  mutation RecordManualCheck($input: RecordManualCheckInput!) {\n    recordManualCheck(input: $input) {\n      ...VerificationFields\n    }\n  }\n": types.RecordManualCheckDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistInbox($filter: AssistFilter, $first: Int, $after: String) {\n    assistRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        factType\n        question\n        claim\n        subjectMasked\n        persons {\n          field\n          label\n          masked\n          revealable\n        }\n        fromDepartment\n        toDepartment\n        status\n        answer\n        note\n        dueAt\n        createdAt\n        closedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AssistInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealSubject($id: ID!, $field: String) {\n    revealAssistSubject(id: $id, field: $field)\n  }\n"): typeof import('./graphql').RevealSubjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerAssist($input: AnswerAssistInput!) {\n    answerAssistRequest(input: $input) {\n      id\n      status\n      answer\n      note\n      closedAt\n    }\n  }\n"): typeof import('./graphql').AnswerAssistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactTypes {\n    factTypes {\n      code\n      name\n      description\n      claimSchema\n      commitmentAllowed\n      thirdPartyAllowed\n      postVerifyDays\n      assistDueHours\n      ownerDepartment {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').FactTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      code\n      name\n      shortName\n      kind\n    }\n  }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      code\n      name\n      level\n      parentCode\n    }\n  }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateTypes($search: String, $first: Int, $after: String) {\n    certificateTypes(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        code\n        name\n        aliases\n        disposition\n        legalBasis\n        description\n        factTypes {\n          code\n          name\n        }\n        factGroups {\n          kind\n          factTypes\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CertificateTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentFields on Commitment {\n    id\n    verificationId\n    factType\n    subjectMasked\n    status\n    noticeText\n    noticeVersion\n    noticeHash\n    disclosed\n    record\n    signatureMethod\n    evidenceRef\n    signedAt\n    postVerifyDueAt\n    postResult\n    postVerifiedAt\n    overdue\n    withdrawReason\n    requesterDepartment\n    createdAt\n    recordStatus {\n      status\n      changedAt\n      reasonText\n    }\n  }\n"): typeof import('./graphql').CommitmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferCommitment($input: OfferCommitmentInput!) {\n    offerCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): typeof import('./graphql').OfferCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCommitment($input: SignCommitmentInput!) {\n    signCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): typeof import('./graphql').SignCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCommitment($id: ID!, $reason: String!) {\n    withdrawCommitment(id: $id, reason: $reason) {\n      ...CommitmentFields\n    }\n  }\n"): typeof import('./graphql').WithdrawCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n    }\n  }\n"): typeof import('./graphql').CommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitments($filter: CommitmentFilter, $first: Int, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CommitmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').CommitmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostVerify($input: PostVerifyCommitmentInput!) {\n    recordPostVerification(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): typeof import('./graphql').PostVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckCertificate($input: CheckCommunityCertificateInput!) {\n    checkCommunityCertificate(input: $input) {\n      id\n      certificateInput\n      decision\n      reason\n      guidance\n      legalBasis\n      checkedAt\n      community {\n        code\n        name\n      }\n      certificateType {\n        code\n        name\n        disposition\n      }\n      listVersion {\n        kind\n        version\n        title\n      }\n      negativeListItem {\n        seq\n        category\n        content\n        reason\n      }\n      candidates {\n        code\n        name\n        decision\n        reason\n        matchedOn\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql').CheckCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssuedCertificateFields on IssuedCertificate {\n    id\n    serial\n    communityCode\n    certificateCode\n    subjectMasked\n    purpose\n    content\n    qr\n    status\n    issuedAt\n    revokedAt\n    revokeReason\n  }\n"): typeof import('./graphql').IssuedCertificateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueCommunityCertificateInput!) {\n    issueCommunityCertificate(input: $input) {\n      ...IssuedCertificateFields\n    }\n  }\n"): typeof import('./graphql').IssueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuedCertificates($filter: IssuedCertificateFilter, $first: Int, $after: String) {\n    issuedCertificates(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...IssuedCertificateFields\n      }\n    }\n  }\n"): typeof import('./graphql').IssuedCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($id: ID!, $reason: String!) {\n    revokeCommunityCertificate(id: $id, reason: $reason) {\n      ...IssuedCertificateFields\n    }\n  }\n"): typeof import('./graphql').RevokeCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFormFiling($input: RecordFormFilingInput!) {\n    recordFormFiling(input: $input) {\n      id\n      formName\n      period\n      filedAt\n    }\n  }\n"): typeof import('./graphql').RecordFormFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityList($kind: ListKind!, $version: Int, $at: DateTime) {\n    communityList(kind: $kind, version: $version, at: $at) {\n      id\n      kind\n      version\n      title\n      source\n      effectiveFrom\n      publishedAt\n      changeSummary\n      isSample\n      items {\n        seq\n        content\n        legalBasis\n        category\n        reason\n        certificateCode\n        departmentCode\n        frequency\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListHistory($kind: ListKind!, $first: Int, $after: String) {\n    listHistory(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        version\n        title\n        effectiveFrom\n        effectiveTo\n        inForce\n        itemCount\n        changeSummary\n        publishedAt\n        applicationId\n      }\n    }\n  }\n"): typeof import('./graphql').ListHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkAccessFields on WorkAccessApplication {\n    id\n    listKind\n    action\n    status\n    content\n    legalBasis\n    funding\n    workingConditions\n    justification\n    certificateCode\n    frequency\n    itemSeq\n    baseVersion\n    applicantDepartment\n    createdAt\n    updatedAt\n    approvalAuthority\n    approvalDocument\n    approvedOn\n    effectiveFrom\n    listVersion {\n      kind\n      version\n    }\n    steps {\n      step\n      decision\n      reason\n      actorDepartment\n      actorSubject\n      at\n    }\n  }\n"): typeof import('./graphql').WorkAccessFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkAccessApplications($filter: WorkAccessFilter, $first: Int, $after: String) {\n    workAccessApplications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkAccessFields\n      }\n    }\n  }\n"): typeof import('./graphql').WorkAccessApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkAccessApplication($id: ID!) {\n    workAccessApplication(id: $id) {\n      ...WorkAccessFields\n    }\n  }\n"): typeof import('./graphql').WorkAccessApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewWorkAccess($input: ReviewWorkAccessInput!) {\n    reviewWorkAccessApplication(input: $input) {\n      ...WorkAccessFields\n    }\n  }\n"): typeof import('./graphql').ReviewWorkAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordApproval($input: RecordCountyApprovalInput!) {\n    recordWorkAccessApproval(input: $input) {\n      ...WorkAccessFields\n    }\n  }\n"): typeof import('./graphql').RecordApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BurdenReport($filter: BurdenFilter!, $first: Int, $after: String) {\n    burdenReport(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        communityCode\n        communityName\n        checksAllowed\n        checksRefused\n        certificatesIssued\n        certificatesRevoked\n        formsFiled\n        assistRequested\n        assistAnswered\n        assistOverdue\n        verifiedBySharedData\n        verifiedByOtherRoutes\n        sharedDataShare\n      }\n    }\n  }\n"): typeof import('./graphql').BurdenReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BurdenTotals($filter: BurdenFilter!) {\n    burdenTotals(filter: $filter) {\n      regionCode\n      regionName\n      from\n      to\n      communities\n      checksAllowed\n      checksRefused\n      certificatesIssued\n      certificatesRevoked\n      formsFiled\n      assistRequested\n      assistAnswered\n      assistOverdue\n      verifiedBySharedData\n      verifiedByOtherRoutes\n      sharedDataShare\n      refusedByReason {\n        reason\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').BurdenTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BurdenTrend($filter: BurdenFilter!, $granularity: TrendGranularity!) {\n    burdenTrend(filter: $filter, granularity: $granularity) {\n      start\n      end\n      checksAllowed\n      checksRefused\n      certificatesIssued\n      verifiedBySharedData\n      verifiedByOtherRoutes\n      sharedDataShare\n    }\n  }\n"): typeof import('./graphql').BurdenTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditTrailFilter, $first: Int, $after: String) {\n    auditTrail(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        seq\n        at\n        action\n        outcome\n        actorSubject\n        actorDepartment\n        actorRoles\n        targetType\n        targetId\n        requestId\n        detail\n        hash\n      }\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChain {\n    verifyAuditChain {\n      valid\n      eventCount\n      brokenAtSeq\n      problem\n    }\n  }\n"): typeof import('./graphql').AuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditDeliveries($status: CreditDeliveryStatus, $first: Int, $after: String) {\n    creditDeliverySummary {\n      pending\n      delivered\n      oldestPendingAt\n    }\n    creditDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreditDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyReceipt($token: String!) {\n    verifyReceipt(token: $token) {\n      valid\n      problem\n      outcome\n      factType\n      source\n      subjectMasked\n      issuedAt\n      keyId\n      verificationId\n      payload\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCommitmentRecord($token: String!) {\n    verifyCommitmentRecord(token: $token) {\n      valid\n      problem\n      commitmentId\n      subjectMasked\n      noticeHash\n      signedAt\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyCommitmentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCommunityCertificate($token: String!) {\n    verifyCommunityCertificate(token: $token) {\n      valid\n      problem\n      serial\n      certificateName\n      communityName\n      subjectMasked\n      content\n      issuedAt\n      revoked\n      status {\n        status\n        changedAt\n        reason\n        reasonText\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyCommunityCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMe {\n    residentMe {\n      subjectMasked\n      name\n    }\n  }\n"): typeof import('./graphql').ResidentMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataUses($filter: DataUseFilter, $first: Int, $after: String) {\n    myDataUses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        at\n        department\n        window\n        matter\n        purpose\n        fact\n        namedAs\n        result\n        objection\n        sources {\n          source\n          department\n          answer\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyDataUsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseObjection($input: RaiseObjectionInput!) {\n    raiseObjection(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RaiseObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOutcomes {\n    myCommitments {\n      id\n      fact\n      department\n      matter\n      status\n      statusText\n      signedAt\n      offeredAt\n      postVerifyDueAt\n      postResult\n      postVerifiedAt\n      canWithdraw\n      record\n    }\n    myCreditRecords {\n      id\n      reason\n      createdAt\n      repairedAt\n      blocks\n      repair\n    }\n    myCertificates {\n      id\n      serial\n      certificate\n      community\n      content\n      purpose\n      issuedAt\n      status\n      revokeReason\n      token\n    }\n    myObjections {\n      id\n      entryKind\n      text\n      status\n      answer\n      answeredAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMyCommitment($id: ID!, $reason: String!) {\n    withdrawMyCommitment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawMyCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentSignLink($token: String!) {\n    commitmentSignLink(token: $token) {\n      commitmentId\n      fact\n      department\n      matter\n      noticeText\n      noticeVersion\n      noticeHash\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CommitmentSignLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignCommitmentByLink($input: SignByLinkInput!) {\n    signCommitmentByLink(input: $input) {\n      id\n      status\n      statusText\n    }\n  }\n"): typeof import('./graphql').SignCommitmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitmentSignLink($commitmentId: ID!) {\n    createCommitmentSignLink(commitmentId: $commitmentId) {\n      token\n      path\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CreateCommitmentSignLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentObjections($filter: ObjectionCaseFilter, $first: Int, $after: String) {\n    residentObjections(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        text\n        status\n        answer\n        createdAt\n        subjectMasked\n        entry {\n          kind\n          at\n          department\n          window\n          matter\n          fact\n          result\n        }\n        trail {\n          at\n          action\n          actorSubject\n          actorDepartment\n          outcome\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentObjectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerResidentObjection($input: AnswerObjectionInput!) {\n    answerResidentObjection(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AnswerResidentObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceFields on DataSource {\n    id\n    code\n    name\n    endpoint\n    healthUrl\n    jwksUrl\n    factTypes\n    status\n    statusReason\n    timeoutMs\n    maxConcurrency\n    hasAuthSecret\n    signsResponses\n    updatedAt\n    providerDepartment {\n      code\n      name\n    }\n    grantedDepartments {\n      code\n      name\n    }\n    lastProbe {\n      at\n      ok\n      latencyMs\n      message\n    }\n    stats {\n      calls\n      failures\n      errorRate\n      p50LatencyMs\n      p95LatencyMs\n      breaker\n    }\n  }\n"): typeof import('./graphql').DataSourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSources($filter: DataSourceFilter) {\n    dataSources(filter: $filter) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').DataSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceNames {\n    dataSources {\n      code\n      name\n      providerDepartment {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SourceNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSource($input: RegisterDataSourceInput!) {\n    registerDataSource(input: $input) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').RegisterSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSource($input: UpdateDataSourceInput!) {\n    updateDataSource(input: $input) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').UpdateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendSource($id: ID!, $reason: String!) {\n    suspendDataSource(id: $id, reason: $reason) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').SuspendSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateSource($id: ID!) {\n    reactivateDataSource(id: $id) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').ReactivateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeSource($id: ID!) {\n    probeDataSource(id: $id) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').ProbeSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantSource($sourceId: ID!, $department: String!) {\n    grantSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').GrantSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSourceGrant($sourceId: ID!, $department: String!) {\n    revokeSourceAccess(sourceId: $sourceId, consumerDepartmentCode: $department) {\n      ...DataSourceFields\n    }\n  }\n"): typeof import('./graphql').RevokeSourceGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactTypeDelegationFields on FactTypeDelegation {\n    id\n    factType\n    ownerDepartment {\n      code\n      name\n    }\n    delegateDepartment {\n      code\n      name\n    }\n    reason\n    active\n    grantedAt\n    grantedBy\n    revokedAt\n    revokedBy\n    revokeReason\n  }\n"): typeof import('./graphql').FactTypeDelegationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactTypeDelegations($filter: FactTypeDelegationFilter) {\n    factTypeDelegations(filter: $filter) {\n      ...FactTypeDelegationFields\n    }\n  }\n"): typeof import('./graphql').FactTypeDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegateFactType($input: DelegateFactTypeInput!) {\n    delegateFactType(input: $input) {\n      ...FactTypeDelegationFields\n    }\n  }\n"): typeof import('./graphql').DelegateFactTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeFactTypeDelegation($id: ID!, $reason: String!) {\n    revokeFactTypeDelegation(id: $id, reason: $reason) {\n      ...FactTypeDelegationFields\n    }\n  }\n"): typeof import('./graphql').RevokeFactTypeDelegationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationFields on Verification {\n    id\n    factType\n    certificateCode\n    matter\n    purpose\n    subjectMasked\n    claim\n    communityCode\n    status\n    outcome\n    route\n    nextRoute\n    fallbackRoutes\n    reason\n    retryAfter\n    source\n    recordAsOf\n    receipt\n    requesterDepartment\n    createdAt\n    finishedAt\n    ownerDepartment {\n      code\n      name\n    }\n    attempts {\n      id\n      route\n      source\n      outcome\n      latencyMs\n      reason\n      recordAsOf\n      startedAt\n    }\n  }\n"): typeof import('./graphql').VerificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyFact($input: VerifyFactInput!) {\n    verifyFact(input: $input) {\n      ...VerificationFields\n    }\n  }\n"): typeof import('./graphql').VerifyFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCertificate($input: VerifyCertificateInput!) {\n    verifyCertificate(input: $input) {\n      outcome\n      certificate {\n        code\n        name\n      }\n      verifications {\n        ...VerificationFields\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationFields\n    }\n  }\n"): typeof import('./graphql').VerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Verifications($filter: VerificationFilter, $first: Int, $after: String) {\n    verifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        factType\n        matter\n        subjectMasked\n        status\n        outcome\n        route\n        nextRoute\n        source\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAssist($input: RequestAssistInput!) {\n    requestAssist(input: $input) {\n      id\n      kind\n      toDepartment\n      dueAt\n      status\n    }\n  }\n"): typeof import('./graphql').RequestAssistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationAssists($verificationId: ID!) {\n    assistRequests(filter: { verificationId: $verificationId }, first: 20) {\n      nodes {\n        id\n        kind\n        verificationId\n        toDepartment\n        status\n        answer\n        note\n        dueAt\n        createdAt\n        closedAt\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationAssistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAssist($id: ID!, $reason: String!) {\n    cancelAssistRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelAssistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordManualCheck($input: RecordManualCheckInput!) {\n    recordManualCheck(input: $input) {\n      ...VerificationFields\n    }\n  }\n"): typeof import('./graphql').RecordManualCheckDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
