import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client';
import { migrate } from '../db/migrate';

const migrationsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../db/migrations',
);

/** One file per set of migrations, so a changed schema never loads an old template. */
function templatePath(): string {
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(migrationsDir).sort()) {
    if (name.endsWith('.sql'))
      hash.update(name).update(fs.readFileSync(path.join(migrationsDir, name)));
  }
  return path.join(os.tmpdir(), `mentorpath-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

/**
 * PGlite's initdb takes seconds; loading a dump of an already migrated database takes
 * a fraction of that. Vitest's global setup makes the dump once per run.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const file = templatePath();
  if (fs.existsSync(file)) return file;
  const database = await openDatabase({});
  await migrate(database);
  const dump = await database.dump?.();
  await database.close();
  if (!dump) throw new Error('PGlite did not dump its data directory');
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
  return file;
}

export function loadPgliteTemplate(): Blob | undefined {
  const file = templatePath();
  return fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined;
}
