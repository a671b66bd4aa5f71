import { isAbsolute, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const ASYMMETRIC_ALGS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

export interface AuthConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  jwksUrl?: string;
  publicKey?: string;
  // true when no key is configured outside production: a key pair under dataDir signs dev tokens
  devKeys: boolean;
  clockToleranceSec: number;
  // longest exp - iat accepted: a stolen long-lived token is refused even before it expires
  maxTokenLifetimeSec: number;
  // the web console's OpenID Connect client (authorization code + PKCE against `issuer`);
  // unset: the console offers development sign-in only (and none in production)
  clientId?: string;
  scope: string;
  // the claim of a RESIDENT token that carries the resident's verified ID number; the gateway
  // turns it into the subject hash at once and keeps nothing of the number itself
  residentIdClaim: string;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  migrateOnStart: boolean;
  seedOnStart: boolean;
  logLevel: LogLevel;
  auth: AuthConfig;
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    bodyLimitBytes: number;
    maxTokens: number;
    maxAliases: number;
    maxRootFields: number;
    maxVariableDepth: number;
  };
  signing: { privateKey?: string };
  // key of the HMAC that stands for an ID number at rest; created under dataDir outside production
  subjectHashKey?: string;
  verification: {
    leaseMs: number;
    sourceTimeoutMs: number;
    breakerFailures: number;
    breakerOpenMs: number;
    sweepIntervalMs: number;
    // verifications one instance works on at once; more are refused before anything is stored,
    // so an overloaded gateway does not time out healthy sources and blame them
    maxInFlight: number;
    // how long after a source was unreachable, timed out, open or full a retry with the same
    // idempotency key asks the sources again (rounded up to the minute the message names)
    retryAfterMs: number;
    // development only: sources that do not sign their answers may be registered and asked
    allowUnsignedSources: boolean;
  };
  // a sandbox-sources service whose sources are registered and granted at start (demo only)
  demoSourcesUrl?: string;
  // the credit platform receiving credit events from the outbox; unset: events wait in the outbox
  credit: {
    platformUrl?: string;
    deliveryIntervalMs: number;
    maxBackoffMs: number;
    timeoutMs: number;
  };
  // refused calls without a valid token are audited one at the start of a window and then as
  // one summary per window, so a flood of them cannot queue writes on the audit chain
  anonymousRefusalWindowMs: number;
  // requests append audit events; one instance at a time chains them (lease), and signs a
  // checkpoint of the chain's head at most every checkpointIntervalMs
  audit: {
    chainIntervalMs: number;
    chainLeaseMs: number;
    checkpointIntervalMs: number;
    checkpointExportUrl?: string;
  };
  // who reviews work-access applications (四（二）): the civil-affairs step is for this
  // department's LIST_ADMINs, the organization step for that department's REVIEWERs
  review: { civilAffairsDepartment: string; organizationDepartment: string };
  // assist due hours and post-verification days come from each fact type; a pilot or a test
  // shortens them here (refused in production unless explicitly allowed)
  deadlines: DeadlineConfig;
  // departments' webhooks for new and overdue assist requests and due post-verifications,
  // delivered through the outbox (department code -> URL)
  departmentWebhooks: Record<string, string>;
  // read-mostly reference data (catalog, sources and grants) is cached in each instance until
  // its version row changes; every instance polls those rows this often (off the request path)
  referenceCache: { pollMs: number };
  shutdownTimeoutMs: number;
  // the built web console served at `/`; unset: dist/console under the project root
  consoleDir?: string;
  // published status lists of signed outputs: the gateway's public base URL (the lists' URIs in
  // every signed payload start with it), how long a fetched list may be cached before fetching
  // again (ttl), and how long a signed list stays usable at all (exp)
  statusList: { publicUrl: string; ttlSec: number; validitySec: number };
}

export type DeadlineKind = 'assist' | 'postVerify';

export interface DeadlineConfig {
  // every deadline multiplied by this (1: the fact types' own)
  scale: number;
  // fixed durations in seconds, by fact type code ('*' for every fact type) and kind
  overridesSec: Record<string, Partial<Record<DeadlineKind, number>>>;
}

const DEPARTMENT_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const MAX_DEADLINE_SEC = 366 * 86_400;

// How long an assist request (from the fact type's due hours) or a post-verification (its
// days) runs, after the configured scale or override.
export function deadlineMs(
  config: DeadlineConfig,
  kind: DeadlineKind,
  factTypeCode: string,
  catalogMs: number,
): number {
  const override = config.overridesSec[factTypeCode]?.[kind] ?? config.overridesSec['*']?.[kind];
  if (override !== undefined) return override * 1000;
  return Math.max(1000, Math.round(catalogMs * config.scale));
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

// Reads every setting once, collecting all problems so one boot attempt reports them all.
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const str = (name: string, fallback?: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const nodeEnvRaw = str('NODE_ENV', 'development')!;
  let nodeEnv: NodeEnv = 'development';
  if (nodeEnvRaw === 'development' || nodeEnvRaw === 'production' || nodeEnvRaw === 'test') nodeEnv = nodeEnvRaw;
  else problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  const isProduction = nodeEnv === 'production';

  const dataDirRaw = str('DATA_DIR', './data')!;
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);

  const databaseUrl = str('DATABASE_URL', `file:${resolve(dataDir, 'gateway.db')}`)!;
  if (!/^file:.+/.test(databaseUrl) && !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
  }

  const logLevel = str('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info') as LogLevel;
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`);
  }

  const jwksUrl = str('AUTH_JWKS_URL');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) problems.push('AUTH_JWKS_URL must be an http(s) URL');
  const publicKey = str('AUTH_PUBLIC_KEY');
  if (jwksUrl && publicKey) problems.push('set only one of AUTH_JWKS_URL and AUTH_PUBLIC_KEY');
  if (publicKey && !publicKey.includes('BEGIN PUBLIC KEY') && !publicKey.startsWith('{')) {
    problems.push('AUTH_PUBLIC_KEY must be a PEM (SPKI) public key or a JWK in JSON');
  }
  const devKeys = !jwksUrl && !publicKey;
  if (isProduction && devKeys) {
    problems.push('production needs AUTH_JWKS_URL or AUTH_PUBLIC_KEY: development keys are refused');
  }
  const issuer = str('AUTH_ISSUER', isProduction ? undefined : 'cert-gateway-dev');
  if (!issuer) problems.push('AUTH_ISSUER is required in production');
  const algorithms = (str('AUTH_ALGORITHMS', 'ES256,RS256,EdDSA') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const badAlgs = algorithms.filter((a) => !(ASYMMETRIC_ALGS as readonly string[]).includes(a));
  if (algorithms.length === 0 || badAlgs.length > 0) {
    problems.push(
      `AUTH_ALGORITHMS must list asymmetric JWS algorithms from ${ASYMMETRIC_ALGS.join(', ')} (got "${badAlgs.join(',') || '(empty)'}")`,
    );
  }

  const subjectHashKey = str('SUBJECT_HASH_KEY');
  if (subjectHashKey && subjectHashKey.length < 32) problems.push('SUBJECT_HASH_KEY must be at least 32 characters');
  if (isProduction && !subjectHashKey)
    problems.push('SUBJECT_HASH_KEY is required in production (32+ random characters, the same on every replica)');
  const signingKey = str('GATEWAY_SIGNING_KEY');
  if (signingKey && !signingKey.startsWith('{') && !signingKey.includes('BEGIN PRIVATE KEY')) {
    problems.push('GATEWAY_SIGNING_KEY must be a private JWK in JSON or a PKCS#8 PEM');
  }

  const demoSourcesUrl = str('DEMO_SOURCES_URL');
  if (demoSourcesUrl && !/^https?:\/\//.test(demoSourcesUrl)) problems.push('DEMO_SOURCES_URL must be an http(s) URL');
  if (demoSourcesUrl && isProduction)
    problems.push('DEMO_SOURCES_URL is for demonstrations and is refused in production');

  const checkpointExportUrl = str('AUDIT_CHECKPOINT_EXPORT_URL');
  if (checkpointExportUrl && !isHttpUrl(checkpointExportUrl))
    problems.push('AUDIT_CHECKPOINT_EXPORT_URL must be an http(s) URL');
  const clientId = str('AUTH_CLIENT_ID');
  if (clientId && !/^[\x21-\x7e]{1,200}$/.test(clientId))
    problems.push('AUTH_CLIENT_ID must be 1-200 printable ASCII characters without spaces');
  // the browser reads the issuer's discovery document, so it must be a URL; plain http only on loopback
  if (clientId && issuer && !isDiscoverableIssuer(issuer))
    problems.push('AUTH_CLIENT_ID needs AUTH_ISSUER to be the identity provider URL (https, or http on loopback)');
  const residentIdClaim = str('AUTH_RESIDENT_ID_CLAIM', 'resident_id_number')!;
  if (
    !/^[A-Za-z_][A-Za-z0-9_:.-]{0,63}$/.test(residentIdClaim) ||
    ['sub', 'roles', 'department', 'region', 'name', 'iss', 'aud', 'exp', 'iat', 'nbf', 'jti'].includes(residentIdClaim)
  )
    problems.push(
      'AUTH_RESIDENT_ID_CLAIM must be a claim name (letters, digits, _ : . -) other than the standard and role claims',
    );
  const scope = str('AUTH_SCOPE', 'openid')!;
  if (!/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/.test(scope) || !scope.split(' ').includes('openid'))
    problems.push('AUTH_SCOPE must be space-separated scope names including openid');
  const consoleDirRaw = str('CONSOLE_DIR');
  const consoleDir = consoleDirRaw
    ? isAbsolute(consoleDirRaw)
      ? consoleDirRaw
      : resolve(cwd, consoleDirRaw)
    : undefined;

  const port = int('PORT', 3000, 0, 65535);
  const publicUrl = (str('PUBLIC_URL', `http://localhost:${port}`) ?? '').replace(/\/+$/, '');
  if (!isHttpUrl(publicUrl)) problems.push('PUBLIC_URL must be an http(s) URL');
  const statusTtlSec = int('STATUS_LIST_TTL_SEC', 300, 10, 86_400);
  const statusValiditySec = int('STATUS_LIST_VALIDITY_SEC', 86_400, 60, 30 * 86_400);
  if (statusValiditySec < statusTtlSec)
    problems.push('STATUS_LIST_VALIDITY_SEC must not be shorter than STATUS_LIST_TTL_SEC');
  const allowUnsignedSources = bool('SOURCES_ALLOW_UNSIGNED', false);
  if (allowUnsignedSources && isProduction)
    problems.push('SOURCES_ALLOW_UNSIGNED is for development and is refused in production: every source must sign');

  const creditPlatformUrl = str('CREDIT_PLATFORM_URL');
  if (creditPlatformUrl && !isHttpUrl(creditPlatformUrl)) problems.push('CREDIT_PLATFORM_URL must be an http(s) URL');

  const civilAffairsDepartment = str('REVIEW_CIVIL_AFFAIRS_DEPARTMENT', 'HX_MZ')!;
  const organizationDepartment = str('REVIEW_ORGANIZATION_DEPARTMENT', 'HX_ZZB')!;
  for (const [name, code] of [
    ['REVIEW_CIVIL_AFFAIRS_DEPARTMENT', civilAffairsDepartment],
    ['REVIEW_ORGANIZATION_DEPARTMENT', organizationDepartment],
  ] as const) {
    if (!DEPARTMENT_CODE.test(code)) problems.push(`${name} must be a department code such as HX_MZ (got "${code}")`);
  }
  if (civilAffairsDepartment === organizationDepartment)
    problems.push('REVIEW_CIVIL_AFFAIRS_DEPARTMENT and REVIEW_ORGANIZATION_DEPARTMENT must be different departments');

  const deadlines = parseDeadlines(str('DEADLINE_SCALE'), str('DEADLINE_OVERRIDES'), problems);
  const shortened = deadlines.scale !== 1 || Object.keys(deadlines.overridesSec).length > 0;
  if (isProduction && shortened && !bool('DEADLINE_CHANGES_IN_PRODUCTION', false))
    problems.push(
      'DEADLINE_SCALE and DEADLINE_OVERRIDES change legal deadlines and are refused in production unless DEADLINE_CHANGES_IN_PRODUCTION=true',
    );

  const departmentWebhooks = parseWebhooks(str('DEPARTMENT_WEBHOOKS'), problems);

  const config: AppConfig = {
    nodeEnv,
    isProduction,
    host: str('HOST', '0.0.0.0')!,
    port,
    dataDir,
    databaseUrl,
    migrateOnStart: bool('MIGRATE_ON_START', true),
    seedOnStart: bool('SEED_ON_START', true),
    logLevel,
    auth: {
      issuer: issuer ?? '',
      audience: str('AUTH_AUDIENCE', 'cert-gateway')!,
      algorithms,
      jwksUrl,
      publicKey,
      devKeys,
      clockToleranceSec: int('AUTH_CLOCK_TOLERANCE_SEC', 30, 0, 300),
      maxTokenLifetimeSec: int('AUTH_MAX_TOKEN_LIFETIME_SEC', 86_400, 60, 30 * 86_400),
      clientId,
      scope,
      residentIdClaim,
    },
    graphql: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 8, 2, 50),
      maxComplexity: int('GRAPHQL_MAX_COMPLEXITY', 1000, 10, 100000),
      bodyLimitBytes: int('GRAPHQL_BODY_LIMIT_BYTES', 100 * 1024, 1024, 10 * 1024 * 1024),
      maxTokens: int('GRAPHQL_MAX_TOKENS', 5000, 100, 100_000),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 30, 0, 1000),
      maxRootFields: int('GRAPHQL_MAX_ROOT_FIELDS', 10, 1, 100),
      maxVariableDepth: int('GRAPHQL_MAX_VARIABLE_DEPTH', 10, 2, 100),
    },
    signing: { privateKey: signingKey },
    subjectHashKey,
    verification: {
      leaseMs: int('VERIFICATION_LEASE_MS', 60_000, 1000, 3_600_000),
      sourceTimeoutMs: int('SOURCE_TIMEOUT_MS', 3000, 50, 60_000),
      breakerFailures: int('SOURCE_BREAKER_FAILURES', 5, 1, 1000),
      breakerOpenMs: int('SOURCE_BREAKER_OPEN_MS', 30_000, 100, 3_600_000),
      sweepIntervalMs: int('VERIFICATION_SWEEP_MS', 15_000, 100, 3_600_000),
      maxInFlight: int('VERIFICATION_MAX_IN_FLIGHT', 32, 1, 10_000),
      retryAfterMs: int('VERIFICATION_RETRY_AFTER_MS', 300_000, 1000, 86_400_000),
      allowUnsignedSources,
    },
    demoSourcesUrl,
    credit: {
      platformUrl: creditPlatformUrl,
      deliveryIntervalMs: int('CREDIT_DELIVERY_MS', 5000, 100, 3_600_000),
      maxBackoffMs: int('CREDIT_MAX_BACKOFF_MS', 600_000, 1000, 86_400_000),
      timeoutMs: int('CREDIT_TIMEOUT_MS', 5000, 100, 120_000),
    },
    anonymousRefusalWindowMs: int('AUDIT_ANONYMOUS_REFUSAL_WINDOW_MS', 60_000, 100, 3_600_000),
    audit: {
      chainIntervalMs: int('AUDIT_CHAIN_MS', 1000, 50, 600_000),
      chainLeaseMs: int('AUDIT_CHAIN_LEASE_MS', 15_000, 500, 600_000),
      checkpointIntervalMs: int('AUDIT_CHECKPOINT_MS', 60_000, 0, 86_400_000),
      checkpointExportUrl,
    },
    review: { civilAffairsDepartment, organizationDepartment },
    deadlines,
    departmentWebhooks,
    referenceCache: { pollMs: int('REFERENCE_CACHE_POLL_MS', 1000, 50, 600_000) },
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10000, 0, 120000),
    consoleDir,
    statusList: { publicUrl, ttlSec: statusTtlSec, validitySec: statusValiditySec },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

// DEADLINE_SCALE: a number above 0 and at most 1 (shortening only).
// DEADLINE_OVERRIDES: comma-separated FACT_TYPE.kind=seconds, kind assist or postVerify, FACT_TYPE
// a fact type code or * for all (a fact type's own entry wins over *).
function parseDeadlines(
  scaleRaw: string | undefined,
  overridesRaw: string | undefined,
  problems: string[],
): DeadlineConfig {
  let scale = 1;
  if (scaleRaw !== undefined) {
    const n = Number(scaleRaw);
    if (!Number.isFinite(n) || n <= 0 || n > 1)
      problems.push(`DEADLINE_SCALE must be a number above 0 and at most 1 (got "${scaleRaw}")`);
    else scale = n;
  }
  const overridesSec: DeadlineConfig['overridesSec'] = {};
  for (const entry of (overridesRaw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([A-Z][A-Z0-9_]{0,63}|\*)\.(assist|postVerify)=(\d{1,9})$/.exec(entry);
    const seconds = m ? Number(m[3]) : NaN;
    if (!m || seconds < 1 || seconds > MAX_DEADLINE_SEC) {
      problems.push(
        `DEADLINE_OVERRIDES entries must look like MARITAL_STATUS.assist=60 or *.postVerify=120 (seconds from 1 to ${MAX_DEADLINE_SEC}; got "${entry}")`,
      );
      continue;
    }
    const kind = m[2] as DeadlineKind;
    const forFact = (overridesSec[m[1]] ??= {});
    if (forFact[kind] !== undefined) problems.push(`DEADLINE_OVERRIDES sets ${m[1]}.${kind} twice`);
    forFact[kind] = seconds;
  }
  return { scale, overridesSec };
}

// DEPARTMENT_WEBHOOKS: comma-separated DEPARTMENT_CODE=http(s) URL.
function parseWebhooks(raw: string | undefined, problems: string[]): Record<string, string> {
  const hooks: Record<string, string> = {};
  for (const entry of (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const code = at > 0 ? entry.slice(0, at).trim() : '';
    const url = at > 0 ? entry.slice(at + 1).trim() : '';
    if (!DEPARTMENT_CODE.test(code) || !isHttpUrl(url)) {
      problems.push(`DEPARTMENT_WEBHOOKS entries must look like HX_GA=https://host/path (got "${entry}")`);
      continue;
    }
    if (hooks[code] !== undefined) problems.push(`DEPARTMENT_WEBHOOKS names ${code} twice`);
    hooks[code] = url;
  }
  return hooks;
}

function isDiscoverableIssuer(issuer: string): boolean {
  try {
    const url = new URL(issuer);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
