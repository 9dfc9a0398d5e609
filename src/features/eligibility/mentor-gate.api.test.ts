import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnrolment, buildMember, buildOrganisation, buildProgress } from '../../db/factories';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { startTestApp, type TestApp } from '../../test/harness';
import { certificateIssuer } from '../training/certificate-issuer';
import { codeOfConductSignatures, curriculumVersions } from '../training/tables';
import { testCurriculumKeys } from '../training/test-curriculum';
import { assertMayMentor, mentorGate } from './mentor-gate';

let t: TestApp;
let orgId: AuthorizedOrgId;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
});
afterAll(() => t.close());

describe('mentorGate', () => {
  it('blocks someone who never entered the program, and refuses with the first blocker as 422', async () => {
    const { user } = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const { programId } = await buildEnrolment(t.db, orgId);
    const result = await mentorGate(t.db, orgId, programId, user.id, new Date());
    const blockers = ['screening_incomplete', 'training_incomplete', 'code_of_conduct_unsigned'];
    expect(result).toEqual({ eligible: false, blockers });
    try {
      assertMayMentor(result);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'screening_incomplete',
        status: 422,
        options: { details: { blockers } },
      });
    }
  });

  it('opens for a certified mentor who signed, and closes when the certificate expires', async () => {
    const member = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const { enrolment, programId } = await buildEnrolment(t.db, orgId, {
      membershipId: member.membership.id,
    });
    const [version] = await t.db
      .select()
      .from(curriculumVersions)
      .where(eq(curriculumVersions.programId, programId));
    const now = new Date();
    await t.db.insert(codeOfConductSignatures).values({
      id: newId(),
      organisationId: orgId,
      enrolmentId: enrolment.id,
      itemKey: 'code',
      versionId: version?.id ?? '',
      signedName: member.user.name,
      signedAt: now,
    });
    await buildProgress(t.db, orgId, enrolment.id, testCurriculumKeys, now);
    await certificateIssuer(t.db, orgId, enrolment.id, now);
    const open = await mentorGate(t.db, orgId, programId, member.user.id, now);
    expect(open).toEqual({ eligible: true, blockers: [] });
    expect(() => assertMayMentor(open)).not.toThrow();
    const later = new Date(now.getTime() + 731 * 86_400_000);
    expect(await mentorGate(t.db, orgId, programId, member.user.id, later)).toEqual({
      eligible: false,
      blockers: ['certification_expired'],
    });
  });
});
