import type { AuditAction } from '../../contracts/audit';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { auditLog } from './tables';

export interface AuditEntry {
  action: AuditAction;
  subjectType: 'mentee' | 'child_certificate' | 'program_mentor' | 'concern';
  subjectId: string;
  /** The subject's name now, so the log stays readable after it is deleted. */
  subjectLabel: string;
  details?: Record<string, string | number | boolean | null>;
}

/** Who did it, as the log shows them: a person by name, an API token by its id. */
export function auditActorOf(actor: Actor | null): { actorId: string | null; actorName: string } {
  if (!actor) return { actorId: null, actorName: 'system' };
  if (actor.kind === 'person') return { actorId: actor.userId, actorName: actor.name };
  return { actorId: null, actorName: `API token ${actor.tokenId}` };
}

/**
 * Writes one entry to the audit log: who saw or decided what about a child's record or a
 * child certificate, and when. Call it in the same transaction as the change it records
 * (or before answering with what was viewed), so there is no view without an entry.
 */
export async function recordAudit(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  actor: Actor | null,
  at: Date,
  entries: AuditEntry | AuditEntry[],
) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const who = auditActorOf(actor);
  await db.insert(auditLog).values(
    list.map((e) => ({
      id: newId(),
      organisationId,
      ...who,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      subjectLabel: e.subjectLabel,
      at,
      details: e.details ?? null,
    })),
  );
}
