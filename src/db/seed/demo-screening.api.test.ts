import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../features/accounts/tables';
import { sendDueChildCertificateReminders } from '../../features/recruitment/child-certificate-reminders';
import { programMentors } from '../../features/recruitment/tables';
import { startTestApp, type TestApp } from '../../test/harness';
import { buildMember, buildOrganisation, buildProgram } from '../factories';
import { DEMO_REFERENCE_TOKEN, demoScreening, seedScreening } from './demo-screening';

let t: TestApp;
let orgId: string;
let programId: string;
let coordinator: Record<string, string>;
let safeguarding: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Mentorforeningen Demo' })).id;
  const c = await buildMember(t.db, orgId, {
    email: 'coordinator@demo.test',
    name: 'Camilla Koordinator',
    roles: ['coordinator'],
  });
  const s = await buildMember(t.db, orgId, {
    email: 'safeguarding@demo.test',
    roles: ['safeguarding'],
  });
  programId = (
    await buildProgram(t.db, orgId, {
      type: 'school',
      name: 'Lektiehjælp Nørrebro',
      status: 'published',
    })
  ).id;
  await t.db.transaction((tx) =>
    seedScreening(tx, orgId, new Map([['school', programId]]), t.clock.now()),
  );
  coordinator = await t.as(c.user.id);
  safeguarding = await t.as(s.user.id);
});
afterAll(() => t.close());

async function screeningOf(email: string) {
  const [user] = await t.db.select().from(users).where(eq(users.email, email));
  const [place] = await t.db
    .select()
    .from(programMentors)
    .where(eq(programMentors.userId, user?.id ?? ''));
  const res = await t.app.inject({
    url: `/api/v1/program-mentors/${place?.id}/screening`,
    headers: coordinator,
  });
  expect(res.statusCode).toBe(200);
  return res.json().screening;
}

describe('the screening demo', () => {
  it('has a mentor at each point of the checklist', async () => {
    const fresh = await screeningOf(demoScreening.fresh.email);
    expect(fresh).toMatchObject({
      stage: 'screening',
      missing: ['interview', 'references', 'child_certificate'],
    });
    const midway = await screeningOf(demoScreening.midway.email);
    expect(midway.interview.state).toBe('passed');
    expect(midway.references.answered).toBe(1);
    expect(midway.childCertificate.record.status).toBe('ordered');
    const remarks = await screeningOf(demoScreening.remarks.email);
    expect(remarks.childCertificate.state).toBe('awaiting_decision');
    expect(remarks.missing).toEqual(['child_certificate']);
    const expiring = await screeningOf(demoScreening.expiring.email);
    expect(expiring.screeningCompletedAt).not.toBeNull();
    expect(expiring.childCertificate.state).toBe('valid');
  });

  it('has a working referee link, a queue for the safeguarding lead and a reminder due', async () => {
    const link = await t.app.inject({ url: `/api/v1/public/references/${DEMO_REFERENCE_TOKEN}` });
    expect(link.statusCode).toBe(200);
    expect(link.json().reference.candidateName).toBe('Lars Kristensen');
    const queue = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/child-certificates`,
      headers: safeguarding,
    });
    expect(
      queue
        .json()
        .items.map((i: { certificate: { personName: string } }) => i.certificate.personName),
    ).toEqual(['Camilla Jørgensen']);
    const run = await sendDueChildCertificateReminders(t.deps, t.clock.now());
    expect(run.sent).toHaveLength(1);
  });
});
