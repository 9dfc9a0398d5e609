import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { users } from '../accounts/tables';
import { messages } from './tables';

/** How many messages of a thread are shown (the latest). */
export const THREAD_MAX = 500;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Normalises a program's watch list: trimmed, lower-case, no blanks, no repeats. */
export function normaliseWatchWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))];
}

/**
 * The first watch word a message contains, case-insensitively, as a whole word or the start
 * of a word (Danish letters count as letters: `skade` matches `skadet`, not `bilskade`).
 */
export function findWatchWord(body: string, words: readonly string[]): string | null {
  for (const word of normaliseWatchWords(words)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(word)}`, 'iu');
    if (pattern.test(body)) return word;
  }
  return null;
}

/** The description of a draft concern opened by the watch list. */
export function watchListDescription(word: string, body: string): string {
  return `Ord fra overvågningslisten: ${word} — ${body.slice(0, 200)}`;
}

/** The latest messages of a match, oldest first, with the sender's name. */
export async function listMessages(db: DbOrTx, organisationId: AuthorizedOrgId, matchId: string) {
  const rows = await db
    .select({ message: messages, senderName: users.name })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(and(eq(messages.organisationId, organisationId), eq(messages.matchId, matchId)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(THREAD_MAX);
  return rows.reverse();
}
