import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { buildCertifiedMentor, buildMember, buildMentee } from '../../db/factories';
import type { TestApp } from '../../test/harness';
import { matches } from '../matches/tables';

/** Test helpers for messages and contact after the program: calls, and matches to talk in. */
export function messagingFixtures(
  t: TestApp,
  orgId: string,
  programId: () => string,
  coordinator: () => Record<string, string>,
) {
  async function call(method: string, url: string, headers: Record<string, string>, body?: object) {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body ? { payload: body } : {}),
    });
    const json = res.headers['content-type']?.toString().includes('json') && res.body;
    return { status: res.statusCode, body: json ? res.json() : null, text: res.body, res };
  }

  /** An active match of a certified mentor and a mentee (a child with a guardian, or a teen). */
  async function activeMatch(options: { age?: number } = {}) {
    const now = t.clock.now();
    const mentor = await buildCertifiedMentor(t.db, orgId, { programId: programId(), now });
    const guardian = await buildMember(t.db, orgId, { roles: ['guardian'] });
    const menteeUser = await buildMember(t.db, orgId, { roles: ['mentee'] });
    const age = options.age ?? 9;
    const mentee = await buildMentee(t.db, orgId, programId(), {
      age,
      now,
      name: 'Sara Nielsen',
      guardianUserId: guardian.user.id,
      userId: menteeUser.user.id,
    });
    const created = await call('POST', `/api/v1/programs/${programId()}/matches`, coordinator(), {
      mentorId: mentor.mentorId,
      menteeId: mentee.id,
    });
    expect(created.status).toBe(201);
    const id: string = created.body.match.id;
    const asMentor = await t.as(mentor.member.user.id);
    const asGuardian = await t.as(guardian.user.id);
    const asMentee = await t.as(menteeUser.user.id);
    await call('POST', `/api/v1/matches/${id}/accept`, asMentor);
    const accepted = await call(
      'POST',
      `/api/v1/matches/${id}/accept`,
      age < 15 ? asGuardian : asMentee,
    );
    expect(accepted.body.match.status).toBe('active');
    return {
      id,
      asMentor,
      asGuardian,
      asMentee,
      mentorUserId: mentor.member.user.id,
      mentorName: mentor.member.user.name,
      mentorEmail: mentor.member.user.email,
      guardianUserId: guardian.user.id,
      menteeUserId: menteeUser.user.id,
    };
  }

  /** Closes a match as the closure would (that route is tested on its own). */
  async function closeMatch(matchId: string, rule: 'none' | 'platform' | 'direct') {
    await t.db
      .update(matches)
      .set({
        status: 'closed',
        closedAt: t.clock.now(),
        closeReason: 'completed',
        contactAfterClosure: rule,
      })
      .where(eq(matches.id, matchId));
  }

  return { call, activeMatch, closeMatch };
}
