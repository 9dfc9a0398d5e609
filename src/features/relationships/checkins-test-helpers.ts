import { expect } from 'vitest';
import { buildCertifiedMentor, buildMember, buildMentee } from '../../db/factories';
import type { TestApp } from '../../test/harness';

/** A JSON call through the app, for the check-in and closure tests. */
export async function callApi(
  t: TestApp,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: object,
) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body ? { payload: body } : {}),
  });
  const json = res.headers['content-type']?.toString().includes('json') && res.body;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
  return { status: res.statusCode, body: (json ? res.json() : null) as any };
}

/** An active match of a certified mentor and a mentee (a child with a guardian, or a teen). */
export async function activeTestMatch(
  t: TestApp,
  orgId: string,
  programId: string,
  coordinator: Record<string, string>,
  options: { age?: number; guardian?: boolean; menteeName?: string } = {},
) {
  const now = t.clock.now();
  const mentor = await buildCertifiedMentor(t.db, orgId, { programId, now });
  const guardian =
    options.guardian === false ? null : await buildMember(t.db, orgId, { roles: ['guardian'] });
  const menteeUser = await buildMember(t.db, orgId, { roles: ['mentee'] });
  const age = options.age ?? 9;
  const mentee = await buildMentee(t.db, orgId, programId, {
    age,
    now,
    name: options.menteeName ?? 'Sara Nielsen',
    guardianUserId: guardian?.user.id ?? null,
    userId: menteeUser.user.id,
  });
  const created = await callApi(t, 'POST', `/api/v1/programs/${programId}/matches`, coordinator, {
    mentorId: mentor.mentorId,
    menteeId: mentee.id,
  });
  expect(created.status).toBe(201);
  const id: string = created.body.match.id;
  const asMentor = await t.as(mentor.member.user.id);
  const asGuardian = guardian ? await t.as(guardian.user.id) : null;
  const asMentee = await t.as(menteeUser.user.id);
  await callApi(t, 'POST', `/api/v1/matches/${id}/accept`, asMentor);
  const acceptor = age < 15 && asGuardian ? asGuardian : asMentee;
  const accepted = await callApi(t, 'POST', `/api/v1/matches/${id}/accept`, acceptor);
  expect(accepted.body.match.status).toBe('active');
  return {
    id,
    asMentor,
    asGuardian,
    asMentee,
    mentor,
    mentee,
    guardianUserId: guardian?.user.id ?? null,
    menteeUserId: menteeUser.user.id,
  };
}
