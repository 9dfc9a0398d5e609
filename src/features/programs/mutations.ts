import { and, eq } from 'drizzle-orm';
import type {
  CreateProgramInput,
  ProgramSettings,
  UpdateProgramInput,
} from '../../contracts/programs';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { AuthorizedOrgId } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { screeningDefaults } from '../recruitment/rules';
import { screeningRequirements } from '../recruitment/tables';
import { defaultCurricula } from '../training/content/curricula';
import type { CurriculumModule } from '../training/content/types';
import { importCurriculum } from '../training/curriculum-import';
import { findProgram } from './queries';
import { settingsIssues, typeDefaults } from './rules';
import { programs } from './tables';

/**
 * Creates a program with its type's default curriculum as version 1 (published when it
 * meets the program's settings); call it in a transaction.
 */
export async function createProgram(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  input: CreateProgramInput,
  options: { curriculum?: readonly CurriculumModule[]; now?: Date } = {},
) {
  const { name, description = '', type, ...overrides } = input;
  const settings: ProgramSettings = { ...typeDefaults[type], ...definedOnly(overrides) };
  const issues = settingsIssues(type, settings);
  if (issues.length > 0) throw AppError.invalid(issues);
  const [row] = await db
    .insert(programs)
    .values({ id: newId(), organisationId, name, description, type, ...settings })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await db
    .insert(screeningRequirements)
    .values({ programId: row.id, organisationId, ...screeningDefaults[type] });
  const curriculum = options.curriculum ?? defaultCurricula[type];
  await importCurriculum(db, organisationId, row, curriculum, options.now ?? new Date());
  return row;
}

export async function updateProgram(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  id: string,
  input: UpdateProgramInput,
  now: Date,
) {
  const current = await findProgram(db, organisationId, id);
  if (!current) throw new AppError('not_found');
  if (current.status === 'archived') throw new AppError('program_archived');
  const { name, description, status, ...changes } = input;
  const settings: ProgramSettings = { ...settingsOf(current), ...definedOnly(changes) };
  const issues = settingsIssues(current.type, settings);
  if (issues.length > 0) throw AppError.invalid(issues);
  const [row] = await db
    .update(programs)
    .set({
      ...settings,
      ...(name !== undefined ? { name } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(status !== undefined ? { status } : {}),
      updatedAt: now,
    })
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, id)))
    .returning();
  if (!row) throw new AppError('not_found');
  return row;
}

/** Archiving hides a program from mentors and the public page; restoring makes it a draft. */
export async function setProgramArchived(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  id: string,
  archived: boolean,
  now: Date,
) {
  const [row] = await db
    .update(programs)
    .set(
      archived
        ? { status: 'archived', archivedAt: now, updatedAt: now }
        : { status: 'draft', archivedAt: null, updatedAt: now },
    )
    .where(and(eq(programs.organisationId, organisationId), eq(programs.id, id)))
    .returning();
  if (!row) throw new AppError('not_found');
  return row;
}

function settingsOf(row: typeof programs.$inferSelect): ProgramSettings {
  return {
    trainingMinutes: row.trainingMinutes,
    inPersonSessionRequired: row.inPersonSessionRequired,
    trainingWindowDays: row.trainingWindowDays,
    childCertificate: row.childCertificate,
    nominationRequired: row.nominationRequired,
    meetingCadence: row.meetingCadence,
    commitmentMonths: row.commitmentMonths,
    menteeAgeMin: row.menteeAgeMin,
    menteeAgeMax: row.menteeAgeMax,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
