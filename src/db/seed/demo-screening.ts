import { and, eq } from 'drizzle-orm';
import { REFERENCE_LINK_DAYS } from '../../contracts/recruitment';
import type { ReferenceAnswers } from '../../contracts/screening';
import { users } from '../../features/accounts/tables';
import {
  recordCertificateStep,
  startChildCertificate,
} from '../../features/recruitment/child-certificates';
import { recordMentorEvent } from '../../features/recruitment/program-mentors';
import { recordInterview } from '../../features/recruitment/screening';
import { programMentors, referenceRequests } from '../../features/recruitment/tables';
import { enrolMentor } from '../../features/training/mutations';
import type { Actor, AuthorizedOrgId } from '../../server/lib/access';
import { hashSecret, newSecret } from '../../server/lib/secrets';
import type { DbOrTx } from '../client';
import { buildChildCertificate, buildMember, buildProgramMentor, testProfile } from '../factories';
import { newId } from '../ids';

const DEMO_PASSWORD = 'demo-password';
const DAY = 86_400_000;
const COORDINATOR = 'coordinator@demo.test';

/**
 * A referee's link in the demo that works (the screenshots show the reference form with
 * it): `/reference?token=demo-reference-link`. Only its hash is stored, as for any link.
 */
export const DEMO_REFERENCE_TOKEN = 'demo-reference-link';

/** The screening demo's people in the school program (password `demo-password`). */
export const demoScreening = {
  /** At screening with nothing done yet: the browser journey screens her. */
  fresh: { email: 'anne.mortensen@demo.test', name: 'Anne Mortensen' },
  /** Interview passed, one reference answered and one waiting, certificate ordered. */
  midway: { email: 'lars.kristensen@demo.test', name: 'Lars Kristensen' },
  /** A certificate with remarks, waiting for safeguarding@demo.test. */
  remarks: { email: 'camilla.joergensen@demo.test', name: 'Camilla Jørgensen' },
  /** Screened and in training; the child certificate expires in 20 days. */
  expiring: { email: 'bent.skovgaard@demo.test', name: 'Bent Skovgaard' },
};

const answers = (overrides: Partial<ReferenceAnswers> = {}): ReferenceAnswers => ({
  relationship: 'Jeg har været hans leder i lektiecaféen på biblioteket.',
  knownForYears: 4,
  suitability: 5,
  strengths: 'Tålmodig, stabil og god til at få børn til at føle sig set.',
  concerns: '',
  wouldRecommend: true,
  ...overrides,
});

/**
 * Screening in the demo's school program: a mentor at each interesting point of the
 * checklist, with the timeline and audit entries the app itself would have written.
 */
export async function seedScreening(
  db: DbOrTx,
  organisationId: string,
  programIdByType: Map<string, string>,
  now: Date,
) {
  const orgId = organisationId as AuthorizedOrgId;
  const programId = programIdByType.get('school');
  if (!programId) return;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  const [coordinator] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.email, COORDINATOR));
  const actor: Actor | null = coordinator
    ? { kind: 'person', userId: coordinator.id, ...coordinator, memberships: [] }
    : null;

  async function candidate(person: { email: string; name: string }, daysAgo: number) {
    const { user, membership } = await buildMember(db, orgId, {
      ...person,
      roles: ['mentor'],
      password: DEMO_PASSWORD,
    });
    const place = await buildProgramMentor(db, orgId, programId as string, {
      userId: user.id,
      stage: 'applied',
      source: 'application',
      profile: testProfile({ place: 'København N', goals: ['homework'] }),
      now: ago(daysAgo),
    });
    await recordMentorEvent(db, orgId, place.id, 'applied', ago(daysAgo), user.id);
    await db
      .update(programMentors)
      .set({ stage: 'screening', stageChangedAt: ago(daysAgo - 1) })
      .where(eq(programMentors.id, place.id));
    await recordMentorEvent(
      db,
      orgId,
      place.id,
      'stage_changed',
      ago(daysAgo - 1),
      actor?.kind === 'person' ? actor.userId : null,
      {
        from: 'applied',
        to: 'screening',
      },
    );
    return { userId: user.id, membershipId: membership.id, mentorId: place.id };
  }

  async function interview(mentorId: string, daysAgo: number, notes: Record<string, string>) {
    await recordInterview(
      db,
      orgId,
      mentorId,
      {
        interviewedAt: ago(daysAgo).toISOString(),
        outcome: 'passed',
        motivation: notes.motivation ?? '',
        availability: notes.availability ?? '',
        experience: notes.experience ?? '',
        concerns: notes.concerns ?? '',
      },
      ago(daysAgo),
      actor,
    );
  }

  async function reference(
    mentorId: string,
    referee: { name: string; email: string; relation: string },
    requestedDaysAgo: number,
    answered: { daysAgo: number; answers: ReferenceAnswers } | null,
    secret = newSecret().secret,
  ) {
    await db.insert(referenceRequests).values({
      id: newId(),
      organisationId: orgId,
      programMentorId: mentorId,
      refereeName: referee.name,
      refereeEmail: referee.email,
      relation: referee.relation,
      tokenHash: hashSecret(secret),
      expiresAt: new Date(ago(requestedDaysAgo).getTime() + REFERENCE_LINK_DAYS * DAY),
      requestedBy: coordinator?.id ?? null,
      createdAt: ago(requestedDaysAgo),
      answeredAt: answered ? ago(answered.daysAgo) : null,
      answers: answered?.answers ?? null,
    });
    await recordMentorEvent(
      db,
      orgId,
      mentorId,
      'reference_requested',
      ago(requestedDaysAgo),
      coordinator?.id ?? null,
      {
        referee: referee.name,
      },
    );
    if (answered) {
      await recordMentorEvent(
        db,
        orgId,
        mentorId,
        'reference_answered',
        ago(answered.daysAgo),
        null,
        {
          referee: referee.name,
          wouldRecommend: answered.answers.wouldRecommend,
        },
      );
    }
  }

  async function certificate(
    mentorId: string,
    steps: {
      step: 'consent_given' | 'ordered' | 'received_blank' | 'received_remarks';
      daysAgo: number;
    }[],
    startedDaysAgo: number,
  ) {
    const row = await startChildCertificate(db, orgId, mentorId, ago(startedDaysAgo), actor);
    for (const s of steps) {
      await recordCertificateStep(db, orgId, row.cert.id, s.step, null, ago(s.daysAgo), actor);
    }
  }

  // 1. Nothing done yet.
  await candidate(demoScreening.fresh, 6);

  // 2. Half-way: interview passed, one reference in, one link waiting, certificate ordered.
  const midway = await candidate(demoScreening.midway, 20);
  await interview(midway.mentorId, 15, {
    motivation: 'Vil gerne give børn i området en voksen, der har tid til dem.',
    availability: 'Tirsdage og torsdage efter kl. 15.',
    experience: 'Har været frivillig i lektiecaféen på Nørrebro Bibliotek i to år.',
  });
  await reference(
    midway.mentorId,
    { name: 'Birgitte Holm', email: 'birgitte.holm@example.dk', relation: 'Tidligere leder' },
    14,
    { daysAgo: 12, answers: answers() },
  );
  await reference(
    midway.mentorId,
    { name: 'Søren Dahl', email: 'soeren.dahl@example.dk', relation: 'Fodboldtræner' },
    3,
    null,
    DEMO_REFERENCE_TOKEN,
  );
  await certificate(
    midway.mentorId,
    [
      { step: 'consent_given', daysAgo: 12 },
      { step: 'ordered', daysAgo: 11 },
    ],
    13,
  );

  // 3. A certificate with remarks, waiting for the safeguarding lead.
  const remarks = await candidate(demoScreening.remarks, 30);
  await interview(remarks.mentorId, 25, {
    motivation: 'Jeg er selv mor og vil gerne hjælpe børn med at få ro på lektierne.',
    availability: 'Onsdage.',
    experience: 'Pædagogmedhjælper i fem år.',
    concerns: 'Fortalte selv om en gammel sag; følg op, når børneattesten kommer.',
  });
  for (const [i, referee] of [
    { name: 'Jette Friis', email: 'jette.friis@example.dk', relation: 'Kollega' },
    { name: 'Morten Vang', email: 'morten.vang@example.dk', relation: 'Tidligere leder' },
  ].entries()) {
    await reference(remarks.mentorId, referee, 24 - i, {
      daysAgo: 22 - i,
      answers: answers({ relationship: `${referee.relation} i flere år.`, knownForYears: 6 + i }),
    });
  }
  await certificate(
    remarks.mentorId,
    [
      { step: 'consent_given', daysAgo: 22 },
      { step: 'ordered', daysAgo: 21 },
      { step: 'received_remarks', daysAgo: 3 },
    ],
    23,
  );

  // 4. Screened long ago and in training; the certificate expires in 20 days.
  const expiring = await buildMember(db, orgId, {
    ...demoScreening.expiring,
    roles: ['mentor'],
    password: DEMO_PASSWORD,
  });
  await enrolMentor(db, orgId, programId, expiring.membership.id, ago(40), coordinator?.id ?? null);
  const expiresAt = new Date(now.getTime() + 20 * DAY);
  const receivedAt = new Date(expiresAt);
  receivedAt.setUTCMonth(receivedAt.getUTCMonth() - 24);
  await db
    .update(programMentors)
    .set({ screeningCompletedAt: ago(41), profile: testProfile({ place: 'København NV' }) })
    .where(
      and(eq(programMentors.programId, programId), eq(programMentors.userId, expiring.user.id)),
    );
  await buildChildCertificate(db, orgId, expiring.user.id, {
    status: 'received_blank',
    now: receivedAt,
    validUntil: expiresAt,
  });
}
