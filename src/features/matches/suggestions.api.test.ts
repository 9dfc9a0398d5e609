import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../contracts/profile';
import {
  buildCertifiedMentor,
  buildEnrolment,
  buildMember,
  buildMentee,
  buildOrganisation,
  buildProgram,
} from '../../db/factories';
import type { Mentee, Mentor } from '../../matching/instance';
import { scorePair } from '../../matching/scoring';
import { startTestApp, type TestApp } from '../../test/harness';
import { users } from '../accounts/tables';
import { findPlace } from '../gazetteer/gazetteer';
import { outboundMail } from '../mail/tables';
import { programMentors } from '../recruitment/tables';
import { testCurriculum } from '../training/test-curriculum';
import { availabilityHours } from './suggestions';
import { matches } from './tables';

const DAY = 86_400_000;
let t: TestApp;
let orgId: string;
let coordinator: Record<string, string>;
let coordinatorEn: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  coordinatorEn = await t.as(
    (await buildMember(t.db, orgId, { roles: ['coordinator'], locale: 'en' })).user.id,
  );
});
afterAll(() => t.close());

async function call(method: string, url: string, headers: Record<string, string>, body?: object) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body ? { payload: body } : {}),
  });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

/** A fresh program for children 6–17 with a child certificate, on the short curriculum. */
const newProgram = async () =>
  (
    await buildProgram(t.db, orgId, {
      type: 'career',
      status: 'published',
      curriculum: testCurriculum(),
      trainingMinutes: 45,
      childCertificate: 'always',
      menteeAgeMin: 6,
      menteeAgeMax: 17,
    })
  ).id;

const mentor = (programId: string, profile: Partial<Profile>, capacity = 1) =>
  buildCertifiedMentor(t.db, orgId, { programId, now: t.clock.now(), profile, capacity });
const mentee = (programId: string, name: string, profile: Partial<Profile>, age = 12) =>
  buildMentee(t.db, orgId, programId, { name, age, profile, now: t.clock.now() });

const suggest = (programId: string, body: object = {}, headers = coordinator) =>
  call('POST', `/api/v1/programs/${programId}/match-suggestions`, headers, body);

interface Pair {
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: string[];
  locked: boolean;
}
const pairsOf = (body: { suggestions: Pair[] }) =>
  body.suggestions.map((s) => `${s.mentorId}:${s.menteeId}`).sort();

/** The solver's record of a person, built here from the profile as SCORING.md reads it. */
function solverPerson(id: string, profile: Profile, age: number) {
  const place = findPlace(profile.place);
  if (place.status !== 'found') throw new Error(`unknown place ${profile.place}`);
  return {
    id,
    program: 'youth' as const,
    languages: profile.languages,
    age,
    gender: profile.gender as Mentor['gender'],
    genderPreference: profile.genderPreference,
    location: { latE6: place.place.latE6, lonE6: place.place.lonE6 },
    maxTravelKm: profile.maxTravelKm,
    interests: profile.interests,
    goals: profile.goals,
    availability: availabilityHours(profile.availability),
  };
}

describe('suggestions for the whole waiting cohort', () => {
  let program: string;
  let m1: Awaited<ReturnType<typeof mentor>>;
  let m2: Awaited<ReturnType<typeof mentor>>;
  let e: Awaited<ReturnType<typeof mentee>>[];

  beforeAll(async () => {
    program = await newProgram();
    m1 = await mentor(program, { interests: ['football', 'reading'], languages: ['da'] });
    m2 = await mentor(program, { interests: ['chess'], languages: ['da', 'ar'] });
    e = [
      await mentee(program, 'Amira', { interests: ['chess'], languages: ['ar', 'da'] }),
      await mentee(program, 'Bo', { interests: ['football', 'reading'], languages: ['da'] }),
      await mentee(program, 'Carl', { interests: ['football'], languages: ['da'] }),
    ];
  });

  it('gives the best total score over the cohort, each score exactly SCORING.md’s', async () => {
    const res = await suggest(program);
    expect(res.status).toBe(200);
    const [amira, bo, carl] = e as [(typeof e)[0], (typeof e)[0], (typeof e)[0]];
    expect(pairsOf(res.body)).toEqual(
      [`${m2.mentorId}:${amira.id}`, `${m1.mentorId}:${bo.id}`].sort(),
    );
    expect(res.body.unmatchedMenteeIds).toEqual([carl.id]);
    expect(res.body.weights).toEqual({
      interests: 1,
      goals: 1,
      availability: 1,
      distance: 1,
      language: 1,
    });

    // Every score against scorePair, and the total against every possible assignment.
    const year = t.clock.now().getUTCFullYear();
    const mentorsById = new Map<string, Mentor>();
    for (const m of [m1, m2]) {
      const [row] = await t.db
        .select()
        .from(programMentors)
        .where(eq(programMentors.id, m.mentorId));
      if (!row?.profile || row.birthYear === null) throw new Error('no profile');
      mentorsById.set(m.mentorId, {
        ...solverPerson(m.mentorId, row.profile, year - row.birthYear - 1),
        menteeAgeMin: 6,
        menteeAgeMax: 17,
        trainingCompleted: true,
        capacity: 1,
      });
    }
    const menteesById = new Map<string, Mentee>(
      e.map((m) => [m.id, { ...solverPerson(m.id, m.profile, 12), capacity: 1 as const }]),
    );
    for (const s of res.body.suggestions as Pair[]) {
      const exact = scorePair(
        mentorsById.get(s.mentorId) as Mentor,
        menteesById.get(s.menteeId) as Mentee,
      );
      expect(s.score).toBe(exact?.score);
    }
    const score = (mentorId: string, menteeId: string) =>
      scorePair(mentorsById.get(mentorId) as Mentor, menteesById.get(menteeId) as Mentee)?.score ??
      Number.NEGATIVE_INFINITY;
    let best = 0;
    const ids = e.map((m) => m.id);
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        best = Math.max(best, score(m1.mentorId, a) + score(m2.mentorId, b));
      }
    }
    expect(res.body.totalScore).toBe(best);
    expect(res.body.totalScore).toBe(
      (res.body.suggestions as Pair[]).reduce((sum, s) => sum + s.score, 0),
    );
  });

  it('explains each pair in sentences, in the caller’s language', async () => {
    const bo = e[1]?.id;
    const da = (await suggest(program)).body.suggestions.find((s: Pair) => s.menteeId === bo);
    expect(da.reasons).toEqual(
      expect.arrayContaining([
        'Deler 2 interesser: fodbold og læsning',
        'Mentoren kan hjælpe med 1 af menteens mål: lektier',
        'Kan mødes 10 timer om ugen på samme tid (tirsdag eftermiddag og torsdag eftermiddag)',
        'Bor samme sted (Aarhus)',
        'Taler menteens foretrukne sprog (dansk)',
      ]),
    );
    const en = (await suggest(program, {}, coordinatorEn)).body.suggestions.find(
      (s: Pair) => s.menteeId === bo,
    );
    expect(en.reasons).toContain('Share 2 interests: football and reading');
    expect(en.reasons).toContain('Speaks the mentee’s preferred language (Danish)');
  });

  it('says who was left out and why: not eligible, incomplete profile, unknown place', async () => {
    const p = await newProgram();
    const { enrolment } = await buildEnrolment(t.db, orgId, { programId: p, now: t.clock.now() });
    const noBirthYear = await mentor(p, {});
    await t.db
      .update(programMentors)
      .set({ birthYear: null })
      .where(eq(programMentors.id, noBirthYear.mentorId));
    const farAway = await mentee(p, 'Dina', { place: 'Nørrebro' });
    const res = await suggest(p);
    expect(res.status).toBe(200);
    expect(res.body.suggestions).toEqual([]);
    const [trainee] = await t.db
      .select()
      .from(programMentors)
      .where(eq(programMentors.userId, enrolment.userId));
    expect(res.body.leftOut).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          side: 'mentor',
          id: trainee?.id,
          reason: 'not_eligible',
          blockers: expect.arrayContaining(['training_incomplete']),
        }),
        expect.objectContaining({
          side: 'mentor',
          id: noBirthYear.mentorId,
          reason: 'incomplete_profile',
        }),
        expect.objectContaining({
          side: 'mentee',
          id: farAway.id,
          reason: 'unknown_place',
          place: 'Nørrebro',
        }),
      ]),
    );
    expect(res.body.unmatchedMenteeIds).toEqual([farAway.id]);
  });
});

describe('locks, exclusions and weights', () => {
  it('keeps a feasible lock and solves the rest around it; an infeasible lock is a 422 naming it', async () => {
    const p = await newProgram();
    const danish = await mentor(p, { interests: ['football', 'reading'], languages: ['da'] });
    const both = await mentor(p, { interests: ['chess'], languages: ['da', 'ar'] });
    const arabic = await mentee(p, 'Amira', { interests: ['chess'], languages: ['ar', 'da'] });
    const bo = await mentee(p, 'Bo', { interests: ['football', 'reading'], languages: ['da'] });
    const arabicOnly = await mentee(p, 'Samir', { languages: ['ar'] });

    const free = await suggest(p);
    expect(pairsOf(free.body)).toContain(`${danish.mentorId}:${bo.id}`);

    const locked = await suggest(p, {
      locks: [{ mentorId: danish.mentorId, menteeId: arabic.id }],
    });
    expect(locked.status).toBe(200);
    expect(locked.body.suggestions[0]).toMatchObject({
      mentorId: danish.mentorId,
      menteeId: arabic.id,
      locked: true,
    });
    // The rest is solved around the lock: the other mentor takes one of the others.
    expect(locked.body.suggestions).toHaveLength(2);
    expect(locked.body.suggestions[1]).toMatchObject({ mentorId: both.mentorId, locked: false });
    expect(locked.body.totalScore).toBeLessThan(free.body.totalScore);

    const impossible = await suggest(p, {
      locks: [
        { mentorId: both.mentorId, menteeId: bo.id },
        { mentorId: danish.mentorId, menteeId: arabicOnly.id },
      ],
    });
    expect(impossible.status).toBe(422);
    expect(impossible.body.error).toMatchObject({
      code: 'constraint_violated',
      details: {
        path: 'locks[1]',
        lock: { mentorId: danish.mentorId, menteeId: arabicOnly.id },
        rule: 'language',
      },
    });

    const twice = await suggest(p, {
      locks: [
        { mentorId: danish.mentorId, menteeId: bo.id },
        { mentorId: danish.mentorId, menteeId: arabic.id },
      ],
    });
    expect(twice.status).toBe(422);
    expect(twice.body.error).toMatchObject({
      code: 'mentor_at_capacity',
      details: { path: 'locks[1]' },
    });
  });

  it('never suggests an excluded pair or person, until the exclusion is lifted', async () => {
    const p = await newProgram();
    const only = await mentor(p, {});
    const kid = await mentee(p, 'Ella', {});
    const base = `/api/v1/programs/${p}/match-exclusions`;
    expect(pairsOf((await suggest(p)).body)).toEqual([`${only.mentorId}:${kid.id}`]);

    const added = await call('POST', base, coordinator, {
      mentorId: only.mentorId,
      menteeId: kid.id,
    });
    expect(added.status).toBe(201);
    expect(
      (await call('POST', base, coordinator, { mentorId: only.mentorId, menteeId: kid.id })).status,
    ).toBe(200);
    expect((await suggest(p)).body.suggestions).toEqual([]);
    const listed = await call('GET', base, coordinator);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ menteeName: 'Ella', reason: 'coordinator' }),
    ]);

    const lifted = await call(
      'DELETE',
      `${base}?mentorId=${only.mentorId}&menteeId=${kid.id}`,
      coordinator,
    );
    expect(lifted.body).toEqual({ removed: 1 });
    expect((await suggest(p)).body.suggestions).toHaveLength(1);

    await call('POST', base, coordinator, { menteeId: kid.id });
    const personOut = await suggest(p);
    expect(personOut.body.suggestions).toEqual([]);
    expect(personOut.body.leftOut).toEqual([
      expect.objectContaining({ side: 'mentee', id: kid.id, reason: 'excluded' }),
    ]);
    await call('DELETE', `${base}?menteeId=${kid.id}`, coordinator);

    // For one run only, from the request.
    const runOnly = await suggest(p, { excludeMentorIds: [only.mentorId] });
    expect(runOnly.body.leftOut).toEqual([
      expect.objectContaining({ side: 'mentor', id: only.mentorId, reason: 'excluded' }),
      expect.objectContaining({ side: 'mentee', id: kid.id, reason: 'no_suitable_mentor' }),
    ]);
    const pairOnly = await suggest(p, {
      excludePairs: [{ mentorId: only.mentorId, menteeId: kid.id }],
    });
    expect(pairOnly.body.suggestions).toEqual([]);

    const empty = await call('POST', base, coordinator, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.issues[0].path).toBe('mentorId');
  });

  it('never suggests a pair again once a side declined it', async () => {
    const p = await newProgram();
    const m = await mentor(p, {});
    const kid = await mentee(p, 'Frida', {});
    const accepted = await call(
      'POST',
      `/api/v1/programs/${p}/match-suggestions/accept`,
      coordinator,
      { pairs: [{ mentorId: m.mentorId, menteeId: kid.id }] },
    );
    expect(accepted.status).toBe(201);
    const matchId = accepted.body.matches[0].id;
    const declined = await call(
      'POST',
      `/api/v1/matches/${matchId}/decline`,
      await t.as(m.member.user.id),
    );
    expect(declined.status).toBe(200);
    const again = await suggest(p);
    expect(again.body.suggestions).toEqual([]);
    expect(again.body.unmatchedMenteeIds).toEqual([kid.id]);
  });

  it('weighs the terms 0–3 from the program’s settings or the request, and refuses 4', async () => {
    const p = await newProgram();
    const near = await mentor(p, { interests: [], place: 'Aarhus', maxTravelKm: 50 });
    const keen = await mentor(p, {
      interests: ['football', 'reading'],
      place: 'Skanderborg',
      maxTravelKm: 50,
    });
    const kid = await mentee(p, 'Gustav', { place: 'Aarhus', maxTravelKm: 50 });

    const plain = await suggest(p);
    expect(plain.body.suggestions).toEqual([
      expect.objectContaining({ mentorId: near.mentorId, menteeId: kid.id }),
    ]);
    const keenScore = (body: { suggestions: Pair[] }) => body.suggestions[0]?.score;

    const weighted = await suggest(p, { weights: { interests: 3 } });
    expect(weighted.body.suggestions).toEqual([
      expect.objectContaining({ mentorId: keen.mentorId, menteeId: kid.id }),
    ]);
    // 10 + 3 × 10 (two interests) + 8 (goal) + 20 (10 hours) + 3 (about 22 km) + 6 (language)
    expect(keenScore(weighted.body)).toBe(77);
    expect(weighted.body.weights.interests).toBe(3);

    const settings = `/api/v1/programs/${p}/matching-settings`;
    const bad = await call('PUT', settings, coordinator, {
      weights: { interests: 4, goals: 1, availability: 1, distance: 1, language: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toMatch(/weights.*interests/);
    const badRun = await suggest(p, { weights: { distance: -1 } });
    expect(badRun.status).toBe(400);
    expect(badRun.body.error.details.issues[0].path).toMatch(/weights.*distance/);

    const saved = await call('PUT', settings, coordinator, {
      weights: { interests: 3, goals: 1, availability: 1, distance: 1, language: 1 },
    });
    expect(saved.status).toBe(200);
    expect((await call('GET', settings, coordinator)).body.weights.interests).toBe(3);
    expect((await suggest(p)).body.suggestions[0].mentorId).toBe(keen.mentorId);
    // A request's weights win over the saved ones.
    expect((await suggest(p, { weights: { interests: 1 } })).body.suggestions[0].mentorId).toBe(
      near.mentorId,
    );
  });
});

async function mailsTo(email: string) {
  return t.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.createdAt));
}

describe('accepting suggestions and the first meeting', () => {
  it('proposes the chosen pairs, all or none, and tells the mentor and the guardian', async () => {
    const p = await newProgram();
    const m1 = await mentor(p, {});
    const m2 = await mentor(p, {});
    const guardian = await buildMember(t.db, orgId, {
      roles: ['guardian'],
      name: 'Lone Berg',
      locale: 'en',
    });
    const kid = await buildMentee(t.db, orgId, p, {
      name: 'Hugo',
      age: 9,
      guardianUserId: guardian.user.id,
      now: t.clock.now(),
    });
    const other = await mentee(p, 'Ida', {});
    const { enrolment } = await buildEnrolment(t.db, orgId, { programId: p, now: t.clock.now() });
    const [trainee] = await t.db
      .select()
      .from(programMentors)
      .where(eq(programMentors.userId, enrolment.userId));

    const run = await suggest(p);
    const forHugo = run.body.suggestions.find((s: Pair) => s.menteeId === kid.id);
    const url = `/api/v1/programs/${p}/match-suggestions/accept`;

    // One pair that cannot be matched refuses the whole request.
    const refused = await call('POST', url, coordinator, {
      pairs: [
        { mentorId: forHugo.mentorId, menteeId: kid.id },
        { mentorId: trainee?.id, menteeId: other.id },
      ],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'child_certificate_missing',
      details: {
        blockers: expect.arrayContaining(['training_incomplete']),
        path: 'pairs[1]',
        pair: { mentorId: trainee?.id, menteeId: other.id },
      },
    });
    expect(await t.db.select().from(matches).where(eq(matches.programId, p))).toEqual([]);

    const ok = await call('POST', url, coordinator, {
      pairs: [
        {
          mentorId: forHugo.mentorId,
          menteeId: kid.id,
          score: forHugo.score,
          reasons: forHugo.reasons,
        },
      ],
    });
    expect(ok.status).toBe(201);
    expect(ok.body.matches).toEqual([
      expect.objectContaining({ menteeId: kid.id, status: 'proposed', score: forHugo.score }),
    ]);
    const [stored] = await t.db.select().from(matches).where(eq(matches.programId, p));
    expect(stored?.reasons).toEqual(forHugo.reasons);

    const chosen = forHugo.mentorId === m1.mentorId ? m1 : m2;
    const [toMentor] = await mailsTo(chosen.member.user.email);
    expect(toMentor?.subject).toMatch(/Forslag til match/);
    expect(toMentor?.body).toContain('Hugo');
    expect(toMentor?.body).toContain('/matches');
    const [toGuardian] = await mailsTo(guardian.user.email);
    expect(toGuardian?.subject).toMatch(/A proposed match/);
    expect(toGuardian?.body).toContain('as the mentor of Hugo');

    // Hugo is no longer waiting; the rest of the cohort still is.
    const next = await suggest(p);
    expect(next.body.suggestions.map((s: Pair) => s.menteeId)).toEqual([other.id]);
  });

  it('schedules the first meeting once both sides accepted, and tells both in their language', async () => {
    const p = await newProgram();
    const m = await mentor(p, {});
    const guardian = await buildMember(t.db, orgId, { roles: ['guardian'], locale: 'en' });
    const kid = await buildMentee(t.db, orgId, p, {
      name: 'Jens',
      age: 10,
      guardianUserId: guardian.user.id,
      now: t.clock.now(),
    });
    const accepted = await call(
      'POST',
      `/api/v1/programs/${p}/match-suggestions/accept`,
      coordinator,
      { pairs: [{ mentorId: m.mentorId, menteeId: kid.id }] },
    );
    const matchId = accepted.body.matches[0].id;
    const [stored] = await t.db.select().from(matches).where(eq(matches.id, matchId));
    expect(stored?.score).toBeGreaterThan(0);
    expect(stored?.reasons?.length).toBeGreaterThan(0);

    const url = `/api/v1/matches/${matchId}/first-meeting`;
    const when = new Date(t.clock.now().getTime() + 7 * DAY);
    when.setUTCHours(15, 0, 0, 0);
    const body = { at: when.toISOString(), place: 'Biblioteket, Aarhus' };
    const early = await call('POST', url, coordinator, body);
    expect(early.status).toBe(409);

    const mentorHeaders = await t.as(m.member.user.id);
    const guardianHeaders = await t.as(guardian.user.id);
    await call('POST', `/api/v1/matches/${matchId}/accept`, mentorHeaders);
    const active = await call('POST', `/api/v1/matches/${matchId}/accept`, guardianHeaders);
    expect(active.body.match.status).toBe('active');

    const past = await call('POST', url, coordinator, {
      ...body,
      at: new Date(t.clock.now().getTime() - DAY).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.details.issues[0].path).toBe('at');

    const scheduled = await call('POST', url, coordinator, body);
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.firstMeeting).toEqual({ at: when.toISOString(), place: body.place });
    const seen = await call('GET', url, guardianHeaders);
    expect(seen.body.firstMeeting.place).toBe('Biblioteket, Aarhus');

    const [toMentor] = await mailsTo(m.member.user.email);
    expect(toMentor?.subject).toMatch(/^Første møde/);
    // Danish time, in each reader's way of writing it.
    const clock = (tag: string) =>
      new Intl.DateTimeFormat(tag, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Copenhagen',
      }).format(when);
    expect(toMentor?.body).toContain(`kl. ${clock('da-DK')}`);
    expect(toMentor?.body).toContain('Biblioteket, Aarhus');
    const [toGuardian] = await mailsTo(guardian.user.email);
    expect(toGuardian?.subject).toMatch(/^First meeting/);
    expect(toGuardian?.body).toContain('The first meeting of Jens');
    expect(toGuardian?.body).toContain(`at ${clock('en-GB')}`);

    // Someone outside the match sees nothing of it.
    const stranger = await t.as((await buildMember(t.db, orgId, { roles: ['mentor'] })).user.id);
    expect((await call('GET', url, stranger)).status).toBe(404);
    await t.db.update(users).set({ locale: 'da' }).where(eq(users.id, guardian.user.id));
  });
});
