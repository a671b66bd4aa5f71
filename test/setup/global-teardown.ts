import { rmSync } from 'node:fs';
import { adminQuery, readTemplate } from './test-db';

export default async function globalTeardown(): Promise<void> {
  const t = readTemplate();
  if (t.provider === 'postgres')
    await adminQuery(t.serverUrl!, `DROP DATABASE IF EXISTS "${t.templateDb}" WITH (FORCE)`);
  rmSync(t.workDir, { recursive: true, force: true });
}
