import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  MarkReadInput,
  Notification,
  NotificationPage,
  NotificationPreferences,
  notificationPreferencesResponse,
} from '../../contracts/notifications';
import { api } from './client';
import { listQuery } from './page';

export type { Notification, NotificationPage };

type PreferencesResponse = z.infer<typeof notificationPreferencesResponse>;

const listKey = (organisationId: string) => ['organisations', organisationId, 'notifications'];
const preferencesKey = ['me', 'notification-preferences'];
/** How often the bell looks for news while the app is open. */
const POLL_MS = 60_000;

const fetchPage = (
  organisationId: string,
  params: { limit: number; cursor?: string | null; unread?: boolean },
  signal: AbortSignal,
) =>
  api<NotificationPage>(
    `/api/v1/organisations/${organisationId}/notifications${listQuery({
      limit: params.limit,
      cursor: params.cursor,
      unread: params.unread ? 'true' : undefined,
    })}`,
    { signal },
  );

/** The newest few and the unread count, for the bell in the header. */
export function useLatestNotifications(organisationId: string | null) {
  // Titles are written by the server in the reader's language: ask again when it changes.
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...listKey(organisationId ?? ''), 'latest', i18n.language],
    queryFn: ({ signal }) => fetchPage(organisationId ?? '', { limit: 8 }, signal),
    enabled: organisationId !== null,
    refetchInterval: POLL_MS,
  });
}

/** All of the caller's notifications, a page at a time. */
export function useNotifications(organisationId: string) {
  const { i18n } = useTranslation();
  return useInfiniteQuery({
    queryKey: [...listKey(organisationId), 'all', i18n.language],
    queryFn: ({ pageParam, signal }) =>
      fetchPage(organisationId, { limit: 20, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useMarkRead(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkReadInput) =>
      api<{ marked: number; unreadCount: number }>(
        `/api/v1/organisations/${organisationId}/notifications/read`,
        { method: 'POST', body: input },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKey(organisationId) }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) =>
      api<PreferencesResponse>('/api/v1/me/notification-preferences', { signal }),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferences) =>
      api<PreferencesResponse>('/api/v1/me/notification-preferences', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: (data) => queryClient.setQueryData(preferencesKey, data),
  });
}
