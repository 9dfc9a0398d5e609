import { Card, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from './use-phone';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** On a phone the first column is the card's heading; others show as label and value. */
  width?: number | string;
}

/**
 * A table on a desktop, a list of cards on a phone (no sideways scrolling): each card
 * leads with the first column and lists the rest under their headers.
 */
export function ResponsiveTable<T>({
  rows,
  columns,
  rowKey,
  label,
  actions,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Names the table for screen readers. */
  label: string;
  /** A button or menu per row, at the card's top right on a phone. */
  actions?: (row: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [first, ...rest] = columns;
  if (!first) return null;
  if (phone) {
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {rows.map((row) => (
          <Card component="li" key={rowKey(row)} withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0, flex: 1 }}>{first.cell(row)}</div>
              {actions?.(row)}
            </Group>
            <Stack gap={8} mt="sm">
              {rest.map((column) => (
                <div key={column.key}>
                  <Text size="xs" c="dimmed" fw={600}>
                    {column.header}
                  </Text>
                  <div>{column.cell(row)}</div>
                </div>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder>
      <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" w={column.width}>
                {column.header}
              </Table.Th>
            ))}
            {actions && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
              ))}
              {actions && <Table.Td ta="right">{actions(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
