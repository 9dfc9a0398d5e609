import type { LocalText } from '../../contracts/training';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { FieldIssue } from '../../server/lib/app-error';
import type { CurriculumItem, CurriculumModule } from './content/types';
import { publishIssues } from './rules';
import { curriculumItems, curriculumModules, curriculumVersions } from './tables';

const empty: LocalText = { da: '', en: '' };

/** The text an item shows besides its title, whatever the author called it. */
function bodyOf(item: CurriculumItem): LocalText {
  switch (item.kind) {
    case 'lesson':
    case 'code_of_conduct':
      return item.body;
    case 'in_person':
      return item.description;
    case 'reflection':
      return item.prompt;
    case 'quiz':
      return empty;
  }
}

export interface ImportedCurriculum {
  versionId: string;
  status: 'draft' | 'published';
  /** Why it could not be published (it is kept as a draft for a coordinator to finish). */
  issues: FieldIssue[];
}

/**
 * Turns shipped (or test) content into version 1 of a program's curriculum: published when
 * it meets the program's requirements, otherwise kept as a draft so that nothing below the
 * program's floor can ever be taken as complete training. Three inserts, in the caller's
 * transaction.
 */
export async function importCurriculum(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  program: { id: string; trainingMinutes: number; inPersonSessionRequired: boolean },
  modules: readonly CurriculumModule[],
  now: Date,
): Promise<ImportedCurriculum> {
  const allItems = modules.flatMap((m) => m.items);
  const issues = publishIssues(
    allItems.map((i) => ({ kind: i.kind, minutes: i.minutes, required: true })),
    program,
  );
  const status = issues.length === 0 ? 'published' : 'draft';
  const versionId = newId();
  await db.insert(curriculumVersions).values({
    id: versionId,
    organisationId,
    programId: program.id,
    version: 1,
    status,
    publishedAt: status === 'published' ? now : null,
  });
  const moduleRows = modules.map((m, position) => ({
    id: newId(),
    organisationId,
    versionId,
    key: m.id,
    position,
    title: m.title,
    summary: m.summary,
  }));
  if (moduleRows.length > 0) await db.insert(curriculumModules).values(moduleRows);
  const itemRows = modules.flatMap((m, mi) =>
    m.items.map((item, position) => ({
      id: newId(),
      organisationId,
      versionId,
      moduleId: moduleRows[mi]?.id ?? '',
      key: item.id,
      position,
      kind: item.kind,
      title: item.title,
      body: bodyOf(item),
      minutes: item.minutes,
      required: true,
      content:
        item.kind === 'quiz'
          ? {
              quiz: {
                passMark: item.passMark,
                maxAttempts: item.maxAttempts,
                questions: item.questions,
              },
            }
          : {},
    })),
  );
  if (itemRows.length > 0) await db.insert(curriculumItems).values(itemRows);
  return { versionId, status, issues };
}
