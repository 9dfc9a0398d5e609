import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programTypes } from '../../contracts/programs';
import { buildOrganisation, buildProgram } from '../../db/factories';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { startTestApp, type TestApp } from '../../test/harness';
import { typeDefaults } from '../programs/rules';
import { curriculumMinutes, defaultCurricula } from './content/curricula';
import { importCurriculum } from './curriculum-import';
import { currentCurriculum, findCurriculum } from './queries';
import { publishIssues } from './rules';
import { curriculumVersions } from './tables';
import { testCurriculum } from './test-curriculum';

let t: TestApp;
let orgId: AuthorizedOrgId;

beforeAll(async () => {
  t = await startTestApp();
  orgId = (await buildOrganisation(t.db)).id;
});
afterAll(() => t.close());

describe('importCurriculum', () => {
  it('gives every new program its type’s shipped curriculum as version 1, whole and in order', async () => {
    for (const type of programTypes) {
      const program = await buildProgram(t.db, orgId, { type });
      const [version] = await t.db
        .select()
        .from(curriculumVersions)
        .where(eq(curriculumVersions.programId, program.id));
      if (!version) throw new Error(`no curriculum for ${type}`);
      expect(version.version).toBe(1);
      const curriculum = await findCurriculum(t.db, orgId, version.id);
      const shipped = defaultCurricula[type];
      expect(curriculum?.modules.map((m) => m.key)).toEqual(shipped.map((m) => m.id));
      expect(curriculum?.items.map((i) => i.key)).toEqual(
        shipped.flatMap((m) => m.items.map((i) => i.id)),
      );
      expect(curriculum?.items.reduce((sum, i) => sum + i.minutes, 0)).toBe(
        curriculumMinutes(shipped),
      );
      // Published exactly when it meets the type's defaults; otherwise a draft to finish.
      const meets =
        publishIssues(
          shipped.flatMap((m) => m.items).map((i) => ({ ...i, required: true })),
          typeDefaults[type],
        ).length === 0;
      expect([type, version.status]).toEqual([type, meets ? 'published' : 'draft']);
      const quiz = curriculum?.items.find((i) => i.kind === 'quiz');
      if (quiz) expect(quiz.content.quiz?.questions.length).toBeGreaterThan(0);
    }
  });

  it('keeps a curriculum below the program’s minutes as a draft, with the reason', async () => {
    const program = await buildProgram(t.db, orgId, {
      type: 'career',
      trainingMinutes: 120,
      curriculum: testCurriculum(),
    });
    expect(await currentCurriculum(t.db, orgId, program.id)).toBeNull();
    const [version] = await t.db
      .select()
      .from(curriculumVersions)
      .where(eq(curriculumVersions.programId, program.id));
    expect(version).toMatchObject({ version: 1, status: 'draft', publishedAt: null });

    const bare = await buildProgram(t.db, orgId, { type: 'career', curriculum: [] });
    await t.db.delete(curriculumVersions).where(eq(curriculumVersions.programId, bare.id));
    const result = await importCurriculum(
      t.db,
      orgId,
      { ...bare, trainingMinutes: 120 },
      testCurriculum(),
      new Date(),
    );
    expect(result.status).toBe('draft');
    expect(result.issues).toEqual([
      {
        path: 'minutes',
        messageKey: 'validation.curriculum_too_short',
        params: { minutes: 50, required: 120, shortfall: 70 },
      },
    ]);
  });
});
