import type { NotificationKind } from '../../contracts/relationships';
import type { Db, DbOrTx } from '../../db/client';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { Mailer } from '../mail/mailer';
import { findMatch, menteeSideOf } from '../matches/queries';
import { deliverAll, notify } from './notify';

type MatchNoticeKind = Extract<NotificationKind, 'match_proposed' | 'match_active'>;

/**
 * Tells the people of matches that they were proposed or began, in the caller's transaction:
 * a proposal goes to the mentor and whoever answers for the mentee (a child's guardian);
 * a start to the mentor, the mentee and a child's guardian. `email: false` when the flow
 * mails them itself. Answers the ids of the mails to deliver after the commit.
 */
export async function matchNotices(
  tx: DbOrTx,
  mailer: Mailer,
  organisationId: AuthorizedOrgId,
  matchIds: readonly string[],
  kind: MatchNoticeKind,
  publicUrl: string,
  at: Date,
  options: { email?: boolean } = {},
) {
  const mailIds: string[] = [];
  for (const matchId of matchIds) {
    const view = await findMatch(tx, organisationId, matchId);
    if (!view) continue;
    const child = menteeSideOf(view, at) === 'guardian';
    const people =
      kind === 'match_proposed'
        ? [view.mentorUserId, child ? view.guardianUserId : view.menteeUserId]
        : [view.mentorUserId, view.menteeUserId, child ? view.guardianUserId : null];
    const notice = { kind, params: { program: view.programName }, link: `/matches/${matchId}` };
    const userIds = people.filter((id): id is string => !!id);
    mailIds.push(
      ...(await notify(tx, mailer, organisationId, userIds, notice, publicUrl, options)),
    );
  }
  return mailIds;
}

/** `matchNotices` in a transaction of its own, after the change committed; then delivers. */
export async function notifyMatchPeople(
  db: Db,
  mailer: Mailer,
  organisationId: AuthorizedOrgId,
  matchIds: readonly string[],
  kind: MatchNoticeKind,
  publicUrl: string,
  at: Date,
) {
  const mailIds = await db.transaction((tx) =>
    matchNotices(tx, mailer, organisationId, matchIds, kind, publicUrl, at),
  );
  await deliverAll(mailer, mailIds);
}
