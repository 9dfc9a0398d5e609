import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MentorStage } from '../../contracts/recruitment';
import type {
  ApplicationInput,
  BroadStage,
  MentorDetails,
  MentorEvent,
  MyApplication,
  MyNomination,
  NominateInput,
  NominationCandidate,
  PipelineActionInput,
  PipelineEntry,
  PipelineSummary,
  PublicProgram,
  ScreeningSummary,
} from '../../features/recruitment/schemas';
import { api } from './client';
import { listQuery, type Page } from './page';

export type {
  ApplicationInput,
  BroadStage,
  MentorDetails,
  MentorEvent,
  MentorStage,
  MyApplication,
  MyNomination,
  NominateInput,
  NominationCandidate,
  PipelineActionInput,
  PipelineEntry,
  PipelineSummary,
  PublicProgram,
  ScreeningSummary,
};

const PAGE_SIZE = 50;

/* ---------- keys: everything here starts with 'recruitment' ---------- */

const recruitmentKey = ['recruitment'] as const;
const pipelineKey = (programId: string) => [...recruitmentKey, 'pipeline', programId];
const mentorKey = (mentorId: string) => [...recruitmentKey, 'mentor', mentorId];
const mineKey = (organisationId: string) => [...recruitmentKey, 'mine', organisationId];
const nominationsKey = (organisationId: string) => [
  ...recruitmentKey,
  'nominations',
  organisationId,
];

/** After any change: lists, a mentor's page, training lists and the home page may be stale. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: recruitmentKey });
    void queryClient.invalidateQueries({ queryKey: ['training'] });
    void queryClient.invalidateQueries({ queryKey: ['screening'] });
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] === 'organisations' && query.queryKey[2] === 'home',
    });
  };
}

/* ---------- the public page ---------- */

export function usePublicProgram(programId: string) {
  return useQuery({
    queryKey: [...recruitmentKey, 'public', programId],
    queryFn: ({ signal }) =>
      api<{ program: PublicProgram }>(`/api/v1/public/programs/${programId}`, { signal }),
    select: (data) => data.program,
    retry: false,
  });
}

export function useApply(programId: string) {
  return useMutation({
    mutationFn: (body: ApplicationInput) =>
      api<{ application: { programId: string; status: 'received' } }>(
        `/api/v1/public/programs/${programId}/applications`,
        { method: 'POST', body },
      ),
  });
}

/* ---------- the pipeline ---------- */

export function usePipeline(programId: string, filter: { stage: MentorStage | null; q: string }) {
  return useInfiniteQuery({
    queryKey: [...pipelineKey(programId), 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<PipelineEntry>>(
        `/api/v1/programs/${programId}/pipeline${listQuery({
          stage: filter.stage,
          q: filter.q.trim(),
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: (previous) => previous,
  });
}

export function usePipelineSummary(programId: string, q: string) {
  return useQuery({
    queryKey: [...pipelineKey(programId), 'summary', q],
    queryFn: ({ signal }) =>
      api<PipelineSummary>(
        `/api/v1/programs/${programId}/pipeline/summary${listQuery({ q: q.trim() })}`,
        { signal },
      ),
    placeholderData: (previous) => previous,
  });
}

export function usePipelineAction(programId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PipelineActionInput) =>
      api<{ mentors: { id: string; stage: MentorStage }[] }>(
        `/api/v1/programs/${programId}/pipeline/actions`,
        { method: 'POST', body },
      ),
    onSuccess: refresh,
  });
}

export function useMentorDetails(mentorId: string) {
  return useQuery({
    queryKey: mentorKey(mentorId),
    queryFn: ({ signal }) =>
      api<{ mentor: MentorDetails }>(`/api/v1/program-mentors/${mentorId}`, { signal }),
    select: (data) => data.mentor,
  });
}

export function useMentorTimeline(mentorId: string) {
  return useQuery({
    queryKey: [...mentorKey(mentorId), 'timeline'],
    queryFn: ({ signal }) =>
      api<{ items: MentorEvent[] }>(`/api/v1/program-mentors/${mentorId}/timeline`, { signal }),
    select: (data) => data.items,
  });
}

export function useDecideNomination() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      nominationId,
      ...body
    }: {
      nominationId: string;
      approve: boolean;
      reason?: string;
    }) => api(`/api/v1/nominations/${nominationId}/decision`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/* ---------- one's own applications ---------- */

export function useMyApplications(organisationId: string) {
  return useInfiniteQuery({
    queryKey: mineKey(organisationId),
    queryFn: ({ pageParam, signal }) =>
      api<Page<MyApplication>>(
        `/api/v1/organisations/${organisationId}/my-applications${listQuery({
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useRespondToNomination() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ nominationId, accept }: { nominationId: string; accept: boolean }) =>
      api(`/api/v1/nominations/${nominationId}/respond`, { method: 'POST', body: { accept } }),
    onSuccess: refresh,
  });
}

export function useWithdraw() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ mentorId, reason }: { mentorId: string; reason?: string }) =>
      api(`/api/v1/program-mentors/${mentorId}/withdraw`, {
        method: 'POST',
        body: reason ? { reason } : {},
      }),
    onSuccess: refresh,
  });
}

/* ---------- HR's nominations ---------- */

export function useMyNominations(organisationId: string) {
  return useInfiniteQuery({
    queryKey: nominationsKey(organisationId),
    queryFn: ({ pageParam, signal }) =>
      api<Page<MyNomination>>(
        `/api/v1/organisations/${organisationId}/my-nominations${listQuery({
          limit: PAGE_SIZE,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useNominationCandidates(programId: string | null, q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: [...recruitmentKey, 'candidates', programId, query],
    queryFn: ({ signal }) =>
      api<Page<NominationCandidate>>(
        `/api/v1/programs/${programId}/nomination-candidates${listQuery({ q: query })}`,
        { signal },
      ),
    select: (data) => data.items,
    enabled: Boolean(programId) && query.length >= 2,
    placeholderData: (previous) => previous,
  });
}

export function useNominate(programId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NominateInput) =>
      api<{ nomination: { id: string } }>(`/api/v1/programs/${programId}/nominations`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}
