import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnrolment,
  buildMember,
  buildOrganisation,
  buildProgress,
  buildTrainingFixtures,
} from '../../db/factories';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { certificateIssuer } from './certificate-issuer';
import { testCurriculumKeys } from './test-curriculum';

let t: TestApp;
let orgId: AuthorizedOrgId;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db, { name: 'Læsevennerne' })).id;
});
afterAll(() => t.close());

async function certifiedMentor() {
  const mentor = await buildMember(t.db, orgId, { roles: ['mentor'], name: 'Søren Ærø Åberg' });
  const { enrolment } = await buildEnrolment(t.db, orgId, { membershipId: mentor.membership.id });
  await buildProgress(t.db, orgId, enrolment.id, testCurriculumKeys);
  const certificate = await t.db.transaction((tx) =>
    certificateIssuer(tx, orgId, enrolment.id, t.clock.now()),
  );
  return { mentor, enrolment, certificate, headers: await t.as(mentor.user.id) };
}

describe('the certificate PDF', () => {
  it('downloads for its mentor, names them, and carries the verification code', async () => {
    const { enrolment, certificate, headers } = await certifiedMentor();
    const res = await t.app.inject({
      url: `/api/v1/enrolments/${enrolment.id}/certificate.pdf`,
      headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="kursusbevis-${certificate?.code}.pdf"`,
    );
    const pdf = await PDFDocument.load(res.rawPayload);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toContain('Søren Ærø Åberg');
    expect(pdf.getSubject()).toContain(certificate?.code ?? 'no code');
    const english = await t.app.inject({
      url: `/api/v1/enrolments/${enrolment.id}/certificate.pdf?locale=en`,
      headers,
    });
    expect(english.headers['content-disposition']).toContain('certificate-');
  });

  it('is 404 before a certificate exists, and for another mentor', async () => {
    const { enrolment } = await buildEnrolment(t.db, orgId);
    const coordinator = await buildMember(t.db, orgId, { roles: ['coordinator'] });
    const none = await t.app.inject({
      url: `/api/v1/enrolments/${enrolment.id}/certificate.pdf`,
      headers: await t.as(coordinator.user.id),
    });
    expect(none.statusCode).toBe(404);
    const { enrolment: certified } = await certifiedMentor();
    const otherMentor = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const res = await t.app.inject({
      url: `/api/v1/enrolments/${certified.id}/certificate.pdf`,
      headers: await t.as(otherMentor.user.id),
    });
    expect(res.statusCode).toBe(404);
    const staff = await t.app.inject({
      url: `/api/v1/enrolments/${certified.id}/certificate.pdf`,
      headers: await t.as(coordinator.user.id),
    });
    expect(staff.statusCode).toBe(200);
  });
});

describe('the session calendar file', () => {
  it('holds the session’s time and place, in the caller’s language', async () => {
    const fixtures = await buildTrainingFixtures(t.db, orgId);
    const coordinator = await buildMember(t.db, orgId, { roles: ['coordinator'] });
    const res = await t.app.inject({
      url: `/api/v1/training-sessions/${fixtures.ids.trainingSession}/calendar.ics`,
      headers: { ...(await t.as(coordinator.user.id)), 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const unfolded = res.body.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain('LOCATION:Room 1');
    expect(unfolded).toMatch(/SUMMARY:Mentor training: /);
    expect(unfolded).toContain(`UID:${fixtures.ids.trainingSession}@mentorpath`);
  });

  it('is 404 for another organisation’s session', async () => {
    const other = (await buildOrganisation(t.db)).id;
    const fixtures = await buildTrainingFixtures(t.db, other);
    const mentor = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const res = await t.app.inject({
      url: `/api/v1/training-sessions/${fixtures.ids.trainingSession}/calendar.ics`,
      headers: await t.as(mentor.user.id),
    });
    expect(res.statusCode).toBe(404);
  });
});
