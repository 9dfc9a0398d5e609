import { and, eq, gt, inArray } from 'drizzle-orm';
import type { AppDeps } from '../../server/deps';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { deliverAll, notify } from '../notifications/notify';
import { memberships, organisations } from '../organisations/tables';
import { dueCheckIns } from './checkins-queries';
import { notifications } from './tables';

const WEEK_MS = 7 * 86_400_000;

/**
 * Tells each organisation's coordinators when check-ins are overdue: in the app and by
 * e-mail, at most once a week per person (the last notice of this kind is the marker), so
 * the reminder job can run every 15 minutes without repeating itself.
 */
export async function sendCheckInNotices(deps: AppDeps, now: Date) {
  const orgs = await deps.db.select({ id: organisations.id }).from(organisations);
  for (const { id } of orgs) {
    const organisationId = id as AuthorizedOrgId;
    const { summary } = await dueCheckIns(deps.db, organisationId, null, now);
    if (summary.overdue === 0) continue;
    const coordinators = (
      await deps.db
        .select({ userId: memberships.userId, roles: memberships.roles })
        .from(memberships)
        .where(and(eq(memberships.organisationId, id), eq(memberships.status, 'active')))
    )
      .filter((m) => m.roles.includes('coordinator'))
      .map((m) => m.userId);
    if (coordinators.length === 0) continue;
    const recent = await deps.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(
        and(
          eq(notifications.organisationId, id),
          eq(notifications.kind, 'check_in_due'),
          inArray(notifications.userId, coordinators),
          gt(notifications.createdAt, new Date(now.getTime() - WEEK_MS)),
        ),
      );
    const told = new Set(recent.map((r) => r.userId));
    const toTell = coordinators.filter((userId) => !told.has(userId));
    if (toTell.length === 0) continue;
    const mailIds = await deps.db.transaction((tx) =>
      notify(
        tx,
        deps.mailer,
        id,
        toTell,
        { kind: 'check_in_due', params: { overdue: summary.overdue }, link: '/check-ins' },
        deps.config.publicUrl,
        { at: now },
      ),
    );
    await deliverAll(deps.mailer, mailIds);
  }
}
