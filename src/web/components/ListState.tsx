import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageLoader } from './PageLoader';
import { QueryError } from './QueryError';

/**
 * What a list shows while it loads, when it failed, and when it is empty; the list itself
 * otherwise.
 */
export function ListState({
  query,
  empty,
  emptyHelp,
  icon,
  children,
  isEmpty,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  empty: string;
  emptyHelp?: ReactNode;
  icon?: ReactNode;
  isEmpty: boolean;
  children: ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={icon}
          withIndicatorBackground={Boolean(icon)}
          title={empty}
          description={emptyHelp}
        />
      </Paper>
    );
  }
  return children;
}
