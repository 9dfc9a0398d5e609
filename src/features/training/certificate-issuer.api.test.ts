import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnrolment, buildOrganisation, buildProgress } from '../../db/factories';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { certificateIssuer } from './certificate-issuer';
import { certificates, enrolments } from './tables';
import { testCurriculumKeys } from './test-curriculum';

let t: TestApp;
let orgId: AuthorizedOrgId;
const keys = testCurriculumKeys;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
});
afterAll(() => t.close());

const pass = (enrolmentId: string, itemKeys: string[]) =>
  buildProgress(t.db, orgId, enrolmentId, itemKeys);

describe('certificateIssuer', () => {
  it('issues nothing while a required item is missing', async () => {
    const { enrolment } = await buildEnrolment(t.db, orgId);
    await pass(enrolment.id, keys.slice(1));
    expect(await certificateIssuer(t.db, orgId, enrolment.id, new Date())).toBeNull();
  });

  it('issues one certificate naming the curriculum version, and makes the mentor certified', async () => {
    const { enrolment } = await buildEnrolment(t.db, orgId);
    await pass(enrolment.id, keys);
    const now = new Date('2026-03-01T10:00:00Z');
    const certificate = await t.db.transaction((tx) =>
      certificateIssuer(tx, orgId, enrolment.id, now),
    );
    expect(certificate).toMatchObject({
      versionNumber: 1,
      issuedAt: now,
      expiresAt: new Date('2028-02-29T10:00:00Z'),
    });
    expect(certificate?.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const [row] = await t.db.select().from(enrolments).where(eq(enrolments.id, enrolment.id));
    expect(row).toMatchObject({ status: 'certified', completedAt: now });
    // Running it again, even at once from two transactions, issues nothing more.
    const again = await Promise.all([
      t.db.transaction((tx) => certificateIssuer(tx, orgId, enrolment.id, now)),
      t.db.transaction((tx) => certificateIssuer(tx, orgId, enrolment.id, now)),
    ]);
    expect(again).toEqual([null, null]);
    expect(await t.db.$count(certificates, eq(certificates.enrolmentId, enrolment.id))).toBe(1);
  });

  it('answers null for an enrolment of another organisation', async () => {
    const other = (await buildOrganisation(t.db)).id;
    const { enrolment } = await buildEnrolment(t.db, other);
    await buildProgress(t.db, other, enrolment.id, keys);
    expect(await certificateIssuer(t.db, orgId, enrolment.id, new Date())).toBeNull();
  });
});
