import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/client';
import {
  type ImportPreview,
  type ImportRow,
  useImportMentees,
  usePreviewImport,
} from '../../api/mentees';
import type { Program } from '../../api/programs';
import { notifySaved } from '../../components/notify';
import { ResponsiveTable } from '../../components/ResponsiveTable';

/**
 * Reads a CSV file as UTF-8, or as Windows-1252 when it is not valid UTF-8 (older Danish
 * Excel saves "CSV (semikolonsepareret)" that way), so æ, ø and å survive either.
 */
export async function readCsvFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const changeFields = [
  'name',
  'email',
  'birthDate',
  'phone',
  'needs',
  'languages',
  'interests',
  'goals',
  'availability',
  'place',
  'maxTravelKm',
  'gender',
  'genderPreference',
] as const;

/** A changed field in words; a field this screen does not know by its name. */
function changeLabel(t: TFunction, field: string): string {
  const known = changeFields.find((f) => f === field);
  return known ? t(`mentees.import.fields.${known}`) : field;
}

const actionColor: Record<ImportRow['action'], string> = {
  create: 'mentorTeal',
  update: 'blue',
  unchanged: 'gray',
  error: 'red',
};

/** Upload or paste a CSV of new employees, see what each row would do, then import. */
export function ImportPanel({ program }: { program: Program }) {
  const { t } = useTranslation();
  const preview = usePreviewImport(program.id);
  const importer = useImportMentees(program.id);
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const reset = () => {
    setResult(null);
    setProblem(null);
  };

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    reset();
    setFileError(undefined);
    if (!chosen) return;
    if (chosen.size > 1_000_000) {
      setFileError(t('mentees.import.fileTooLarge'));
      return;
    }
    setCsv(await readCsvFile(chosen));
  };

  const runPreview = () => {
    reset();
    if (!csv.trim()) {
      setFileError(t('mentees.import.nothing'));
      return;
    }
    preview.mutate(csv, {
      onSuccess: setResult,
      onError: (error) => setProblem(messageOf(error)),
    });
  };

  const runImport = () => {
    importer.mutate(csv, {
      onSuccess: (done) => {
        notifySaved(
          t('mentees.import.done', {
            created: done.counts.create,
            updated: done.counts.update,
            unchanged: done.counts.unchanged,
          }),
        );
        setResult(null);
        setCsv('');
        setFile(null);
      },
      onError: (error) => setProblem(messageOf(error)),
    });
  };

  const errors = result ? result.counts.error + result.fileErrors.length : 0;
  const changes = result ? result.counts.create + result.counts.update : 0;

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="h4">
            {t('mentees.import.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('mentees.import.intro')}
          </Text>
          <Text size="sm">{t('mentees.import.columns')}</Text>
          <Text size="sm" c="dimmed">
            {t('mentees.import.columnsOptional')}
          </Text>
        </Stack>
        <FileInput
          label={t('mentees.import.file')}
          accept=".csv,text/csv,text/plain"
          value={file}
          onChange={(chosen) => void chooseFile(chosen)}
          error={fileError}
          clearable
        />
        <Textarea
          label={t('mentees.import.paste')}
          description={t('mentees.import.pasteHelp')}
          value={csv}
          onChange={(event) => {
            setCsv(event.currentTarget.value);
            setFileError(undefined);
            reset();
          }}
          autosize
          minRows={3}
          maxRows={10}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Group gap="sm">
          <Button variant="default" onClick={runPreview} loading={preview.isPending}>
            {t('mentees.import.preview')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        {result && (
          <Stack gap="md">
            <Text size="sm" role="status">
              {t('mentees.import.summary', {
                create: result.counts.create,
                update: result.counts.update,
                unchanged: result.counts.unchanged,
                error: result.counts.error,
              })}
            </Text>
            {result.fileErrors.length > 0 && (
              <Alert color="red" variant="light" title={t('mentees.import.fileProblems')}>
                <List size="sm">
                  {result.fileErrors.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {result.ignoredColumns.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('mentees.import.ignored', { columns: result.ignoredColumns.join(', ') })}
              </Text>
            )}
            {result.rows.length > 0 && (
              <ResponsiveTable
                label={t('mentees.import.previewTable')}
                rows={result.rows}
                rowKey={(row) => String(row.row)}
                columns={[
                  {
                    key: 'row',
                    header: t('mentees.import.row'),
                    width: 96,
                    cell: (row) => (
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {t('mentees.import.rowNumber', { row: row.row })}
                      </Text>
                    ),
                  },
                  {
                    key: 'who',
                    header: t('mentees.import.employee'),
                    cell: (row) => (
                      <Stack gap={0}>
                        <Text size="sm" className="break-anywhere">
                          {row.name || '–'}
                        </Text>
                        <Text size="xs" c="dimmed" className="break-anywhere">
                          {[row.employeeId, row.email].filter(Boolean).join(' · ')}
                        </Text>
                      </Stack>
                    ),
                  },
                  {
                    key: 'action',
                    header: t('mentees.import.action'),
                    cell: (row) => (
                      <Badge color={actionColor[row.action]} variant="light" tt="none" radius="sm">
                        {t(`mentees.import.actions.${row.action}`)}
                      </Badge>
                    ),
                  },
                  {
                    key: 'details',
                    header: t('mentees.import.details'),
                    cell: (row) =>
                      row.errors.length > 0 ? (
                        <List size="sm" spacing={2} c="red.9">
                          {row.errors.map((e) => (
                            <List.Item key={`${e.column}:${e.message}`}>
                              <Text span fw={600} size="sm">
                                {e.column}:
                              </Text>{' '}
                              {e.message}
                            </List.Item>
                          ))}
                        </List>
                      ) : row.changes.length > 0 ? (
                        <Text size="sm">
                          {t('mentees.import.changes', {
                            fields: row.changes.map((f) => changeLabel(t, f)).join(', '),
                          })}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          –
                        </Text>
                      ),
                  },
                ]}
              />
            )}
            {errors > 0 ? (
              <Alert color="orange" variant="light">
                {t('mentees.import.fixFirst')}
              </Alert>
            ) : (
              <Group gap="sm">
                <Button onClick={runImport} loading={importer.isPending} disabled={changes === 0}>
                  {changes === 0
                    ? t('mentees.import.nothingToDo')
                    : t('mentees.import.submit', { count: changes })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
