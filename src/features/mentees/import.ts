import { MAX_IMPORT_ROWS } from '../../contracts/mentee-intake';
import type { DbOrTx } from '../../db/client';
import { CsvError, parseCsv } from './csv';
import type { ImportStep } from './mutations';
import { importedByRef, type MenteeRow } from './queries';
import {
  type CellProblem,
  changedFields,
  type ImportedEmployee,
  type ImportField,
  mapHeader,
  readEmployeeRow,
} from './rules';

/** A message to translate: a key in the server's locale files and its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface PlannedRow {
  row: number;
  employeeId: string;
  name: string;
  email: string;
  action: 'create' | 'update' | 'unchanged' | 'error';
  changes: ImportField[];
  /** Problems by column: the header cell as the file wrote it. */
  errors: { column: string; message: Message }[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  fileErrors: Message[];
  ignoredColumns: string[];
  steps: ImportStep[];
}

/**
 * Reads an import file and compares it with the program's imported mentees: each row is
 * created, updated (same employee id), unchanged, or an error with its problems by column.
 */
export async function planImport(
  db: DbOrTx,
  program: { id: string; menteeAgeMin: number; menteeAgeMax: number },
  csv: string,
  at: Date,
): Promise<ImportPlan> {
  const empty: ImportPlan = { rows: [], fileErrors: [], ignoredColumns: [], steps: [] };
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(csv);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const key =
      error.reason === 'empty' ? 'mentees.import.emptyFile' : 'mentees.import.unclosedQuote';
    return { ...empty, fileErrors: [{ key, params: { row: error.row } }] };
  }
  const header = mapHeader(table.header);
  const fileErrors: Message[] = [];
  if (header.missing.length > 0) {
    fileErrors.push({
      key: 'mentees.import.missingColumns',
      params: { columns: header.missing.join(', ') },
    });
  }
  if (header.duplicate.length > 0) {
    fileErrors.push({
      key: 'mentees.import.duplicateColumns',
      params: { columns: header.duplicate.join(', ') },
    });
  }
  if (table.records.length === 0) fileErrors.push({ key: 'mentees.import.noRows' });
  if (table.records.length > MAX_IMPORT_ROWS) {
    fileErrors.push({ key: 'mentees.import.tooManyRows', params: { max: MAX_IMPORT_ROWS } });
  }
  if (fileErrors.length > 0) return { ...empty, fileErrors, ignoredColumns: header.ignored };

  const columnName = (field: ImportField) => {
    const index = header.columns.indexOf(field);
    return index >= 0 ? (table.header[index] ?? field).trim() : field;
  };
  const present = new Set(header.columns.filter((c): c is ImportField => c !== null));
  const read = table.records.map((record) => {
    const cells: Partial<Record<ImportField, string>> = {};
    header.columns.forEach((field, i) => {
      if (field) cells[field] = record.cells[i] ?? '';
    });
    return { record, cells, ...readEmployeeRow(cells, program, at) };
  });
  const refs = read.map((r) => r.employee?.employeeId).filter((id): id is string => Boolean(id));
  const existingByRef = new Map(
    (await importedByRef(db, program.id, [...new Set(refs)])).map((m) => [m.externalRef, m]),
  );

  const firstRowOfId = new Map<string, number>();
  const firstRowOfEmail = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const steps: ImportStep[] = [];
  for (const { record, cells, employee, problems } of read) {
    const all: CellProblem[] = [...problems];
    const id = (cells.employeeId ?? '').trim();
    const email = (cells.email ?? '').trim().toLowerCase();
    const idRow = firstRowOfId.get(id);
    if (id && idRow !== undefined) {
      all.push({
        field: 'employeeId',
        messageKey: 'mentees.import.duplicateId',
        params: { row: idRow },
      });
    } else if (id) firstRowOfId.set(id, record.row);
    const emailRow = firstRowOfEmail.get(email);
    if (email && emailRow !== undefined) {
      all.push({
        field: 'email',
        messageKey: 'mentees.import.duplicateEmail',
        params: { row: emailRow },
      });
    } else if (email) firstRowOfEmail.set(email, record.row);

    const base = { row: record.row, employeeId: id, name: (cells.name ?? '').trim(), email };
    if (all.length > 0 || !employee) {
      rows.push({
        ...base,
        action: 'error',
        changes: [],
        errors: all.map((p) => ({
          column: columnName(p.field),
          message: { key: p.messageKey, params: p.params },
        })),
      });
      continue;
    }
    const existing = existingByRef.get(employee.employeeId);
    if (!existing) {
      rows.push({ ...base, action: 'create', changes: [], errors: [] });
      steps.push({ action: 'create', employee });
      continue;
    }
    const next = keepAbsent(employee, existing, present);
    const changes = changedFields(existing, next);
    rows.push({ ...base, action: changes.length ? 'update' : 'unchanged', changes, errors: [] });
    if (changes.length) steps.push({ action: 'update', employee: next, existing, changes });
  }
  return { rows, fileErrors, ignoredColumns: header.ignored, steps };
}

/** Columns the file does not have leave the stored values as they are. */
function keepAbsent(
  next: ImportedEmployee,
  stored: MenteeRow,
  present: Set<ImportField>,
): ImportedEmployee {
  const keep = (field: ImportField) => !present.has(field);
  const profile = { ...next.profile };
  for (const field of [
    'interests',
    'goals',
    'availability',
    'maxTravelKm',
    'gender',
    'genderPreference',
  ] as const) {
    if (keep(field)) (profile as Record<string, unknown>)[field] = stored.profile[field];
  }
  return {
    ...next,
    phone: keep('phone') ? stored.phone : next.phone,
    needs: keep('needs') ? stored.needs : next.needs,
    department: keep('department') ? stored.department : next.department,
    startDate: keep('startDate') ? stored.startDate : next.startDate,
    profile,
  };
}

export function countsOf(rows: PlannedRow[]) {
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.action]++;
  return counts;
}
