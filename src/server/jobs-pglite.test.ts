import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteExecuteSql } from './jobs';

let pglite: PGlite;

beforeAll(async () => {
  pglite = new PGlite();
  await pglite.waitReady;
  await pglite.exec('create table marks (n int)');
});
afterAll(() => pglite.close());

describe('pg-boss’s adapter for PGlite', () => {
  it('leaves the one connection usable after a failed multi-statement command', async () => {
    const executeSql = pgliteExecuteSql(pglite);
    await expect(
      executeSql(
        'BEGIN; SELECT pg_advisory_xact_lock(1); INSERT INTO marks VALUES (1); SELECT 1/0; COMMIT;',
        [],
      ),
    ).rejects.toThrow(/division by zero/);
    // Without the rollback, this would answer "current transaction is aborted".
    expect((await executeSql('SELECT $1::int + 1 AS n', [1])).rows).toEqual([{ n: 2 }]);
    // And the failed command's insert did not stay behind.
    expect((await executeSql('SELECT count(*)::int AS n FROM marks', [])).rows).toEqual([{ n: 0 }]);
  });
});
