import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { seedRelationships } from '../../db/seed/demo-relationships';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from '../mail/tables';
import { sendCheckInNotices } from './checkin-notices';
import { notifications } from './tables';

const DAY = 86_400_000;
let t: TestApp;
let orgId: AuthorizedOrgId;
let coordinator: { id: string; email: string };

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinator = (
    await buildMember(t.db, orgId, {
      roles: ['coordinator'],
      email: 'coordinator@demo.test',
      locale: 'en',
    })
  ).user;
  const programIds = new Map<string, string>();
  for (const type of ['school', 'career'] as const) {
    programIds.set(type, (await buildProgram(t.db, orgId, { type, status: 'published' })).id);
  }
  await buildMember(t.db, orgId, { roles: ['mentee'], email: 'student@demo.test' });
  // The demo's matches: one with check-ins overdue.
  await seedRelationships(t.db, orgId, programIds, t.clock.now());
});
afterAll(() => t.close());

const noticesTo = (userId: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'check_in_due')));

describe('overdue check-ins', () => {
  it('reach the coordinators in the app and by e-mail, at most once a week', async () => {
    await sendCheckInNotices(t.deps, t.clock.now());
    const [notice] = await noticesTo(coordinator.id);
    expect(notice).toMatchObject({ link: '/check-ins' });
    expect(Number(notice?.params.overdue)).toBeGreaterThan(0);
    const mails = await t.db
      .select()
      .from(outboundMail)
      .where(eq(outboundMail.to, coordinator.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/check-ins overdue$/);

    await sendCheckInNotices(t.deps, new Date(t.clock.now().getTime() + 2 * DAY));
    expect(await noticesTo(coordinator.id)).toHaveLength(1);
    await sendCheckInNotices(t.deps, new Date(t.clock.now().getTime() + 8 * DAY));
    expect(await noticesTo(coordinator.id)).toHaveLength(2);
  });
});
