import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import { AppError } from '../../server/lib/app-error';
import { rateLimitHits } from './tables';

export interface Limit {
  bucket: string;
  /** Hits allowed in the window. */
  max: number;
  windowMs: number;
}

/**
 * Counts one hit for `key` and refuses with 429 (Retry-After: the window) once more than
 * `max` fall in the window. Counted in the database, so it holds across processes.
 */
export async function hitRateLimit(db: DbOrTx, limit: Limit, key: string, now: Date) {
  const since = new Date(now.getTime() - limit.windowMs);
  await db.insert(rateLimitHits).values({ id: newId(), bucket: limit.bucket, key, at: now });
  const [row] = await db
    .select({ n: count() })
    .from(rateLimitHits)
    .where(
      and(
        eq(rateLimitHits.bucket, limit.bucket),
        eq(rateLimitHits.key, key),
        gt(rateLimitHits.at, since),
      ),
    );
  // Old hits of this bucket are no longer needed.
  await db
    .delete(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, limit.bucket), lt(rateLimitHits.at, since)));
  if ((row?.n ?? 0) > limit.max) {
    throw new AppError('rate_limited', { retryAfter: Math.ceil(limit.windowMs / 1000) });
  }
}
