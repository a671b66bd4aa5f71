import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ensureDevKey, isRole, Role, signDevToken } from '#gw/auth';
import { ConfigError, ID_NUMBER_PROBLEM_TEXT, idNumberProblem, loadConfig } from '#gw/common';
import { devResidents } from '../console/dev-residents';

const USAGE = `usage: npm run token -- --role ROLE[,ROLE] [--region CODE] [--department CODE] [--sub ID] [--name NAME] [--ttl SECONDS] [--id-number ID]
roles: ${Object.values(Role).join(', ')}
RESIDENT: --id-number is the resident's ID number (default: a resident of the synthetic demo population)`;

// Prints a development token signed by the key under the data directory. Never in production.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      region: { type: 'string' },
      department: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string' },
      'id-number': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.role) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const roles = values.role.flatMap((r) => r.split(',')).map((r) => r.trim().toUpperCase());
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0) {
    process.stderr.write(`unknown role: ${unknown.join(', ')}\n${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  if (config.isProduction || !config.auth.devKeys) {
    process.stderr.write('development tokens are refused: production mode or an external key is configured\n');
    process.exit(2);
  }
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 60 || ttl > config.auth.maxTokenLifetimeSec)) {
    process.stderr.write(
      `--ttl must be an integer number of seconds between 60 and ${config.auth.maxTokenLifetimeSec} (AUTH_MAX_TOKEN_LIFETIME_SEC)\n`,
    );
    process.exit(2);
  }
  const resident = roles.includes(Role.RESIDENT);
  if (resident && roles.length > 1) {
    process.stderr.write('a RESIDENT token carries no other role\n');
    process.exit(2);
  }
  const idNumber = values['id-number']?.trim().toUpperCase() ?? (resident ? devResidents()[0].idNumber : undefined);
  if (idNumber !== undefined && idNumberProblem(idNumber)) {
    process.stderr.write(`--id-number: ${ID_NUMBER_PROBLEM_TEXT[idNumberProblem(idNumber)!]}\n`);
    process.exit(2);
  }
  const key = await ensureDevKey(config.dataDir);
  const token = await signDevToken(key, config.auth, {
    roles: roles as Role[],
    region: values.region,
    department: values.department,
    subject: values.sub,
    name: values.name,
    ttlSeconds: ttl,
    idNumber: resident ? idNumber : undefined,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
