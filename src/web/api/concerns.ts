import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Concern,
  ConcernDraft,
  ConcernReceipt,
  ConcernStatusChange,
  ConcernSummary,
  CreateHelpRequestInput,
  HelpRequest,
  HelpRequestSummary,
  ReportConcernInput,
} from '../../contracts/concerns';
import type { concernStatuses } from '../../contracts/relationships';
import { api } from './client';
import { listQuery, type Page } from './page';

export type {
  Concern,
  ConcernDraft,
  ConcernReceipt,
  ConcernSummary,
  HelpRequest,
  HelpRequestSummary,
};
export type ConcernStatus = (typeof concernStatuses)[number];

const PAGE_SIZE = 50;
const concernsKey = (organisationId: string) => ['organisations', organisationId, 'concerns'];
const helpKey = (organisationId: string) => ['organisations', organisationId, 'help-requests'];

/** Report a concern: the answer is only the receipt. */
export function useReportConcern(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportConcernInput) =>
      api<{ concern: ConcernReceipt }>('/api/v1/concerns', { method: 'POST', body: input }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: [...concernsKey(organisationId), 'mine'] }),
  });
}

export function useMyConcerns(organisationId: string) {
  return useQuery({
    queryKey: [...concernsKey(organisationId), 'mine'],
    queryFn: ({ signal }) =>
      api<{ items: ConcernReceipt[] }>(`/api/v1/organisations/${organisationId}/my-concerns`, {
        signal,
      }),
  });
}

export function useConcerns(organisationId: string, status: ConcernStatus | '') {
  return useInfiniteQuery({
    queryKey: [...concernsKey(organisationId), 'list', status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<ConcernSummary>>(
        `/api/v1/organisations/${organisationId}/concerns${listQuery({
          status,
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useConcern(concernId: string) {
  return useQuery({
    queryKey: ['concerns', concernId],
    queryFn: ({ signal }) => api<{ concern: Concern }>(`/api/v1/concerns/${concernId}`, { signal }),
  });
}

export function useChangeConcernStatus(concernId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConcernStatusChange) =>
      api<{ concern: Concern }>(`/api/v1/concerns/${concernId}/status`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(['concerns', concernId], data);
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}

export function useConcernDrafts(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...concernsKey(organisationId), 'drafts'],
    queryFn: ({ signal }) =>
      api<{ items: ConcernDraft[] }>(`/api/v1/organisations/${organisationId}/concern-drafts`, {
        signal,
      }),
    enabled,
  });
}

export function useDecideDraft(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'raise' | 'dismiss' }) =>
      api<{ concern: ConcernReceipt }>(`/api/v1/concern-drafts/${id}/${decision}`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: concernsKey(organisationId) }),
  });
}

export function useHelpRequests(
  organisationId: string,
  mine: boolean,
  status: '' | 'open' | 'answered' | 'closed' = '',
) {
  return useInfiniteQuery({
    queryKey: [...helpKey(organisationId), mine, status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<HelpRequestSummary>>(
        `/api/v1/organisations/${organisationId}/help-requests${listQuery({
          mine: mine ? 'true' : null,
          status,
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useHelpRequest(helpRequestId: string | null) {
  return useQuery({
    queryKey: ['help-requests', helpRequestId],
    queryFn: ({ signal }) =>
      api<{ helpRequest: HelpRequest }>(`/api/v1/help-requests/${helpRequestId}`, { signal }),
    enabled: helpRequestId !== null,
  });
}

export function useAskForHelp(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateHelpRequestInput) =>
      api<{ helpRequest: HelpRequest }>(`/api/v1/organisations/${organisationId}/help-requests`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: helpKey(organisationId) }),
  });
}

export function useReplyToHelp(organisationId: string, helpRequestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api<{ helpRequest: HelpRequest }>(`/api/v1/help-requests/${helpRequestId}/replies`, {
        method: 'POST',
        body: { body },
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(['help-requests', helpRequestId], data);
      void queryClient.invalidateQueries({ queryKey: helpKey(organisationId) });
    },
  });
}

export function useCloseHelp(organisationId: string, helpRequestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ helpRequest: HelpRequest }>(`/api/v1/help-requests/${helpRequestId}/close`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(['help-requests', helpRequestId], data);
      void queryClient.invalidateQueries({ queryKey: helpKey(organisationId) });
    },
  });
}
