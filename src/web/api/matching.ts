import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Exclusion,
  firstMeetingSchema,
  LeftOut,
  MatchingTerm,
  PairRef,
  Suggestion,
  SuggestionRequest,
  SuggestionsResponse,
  Weights,
} from '../../contracts/match-suggestions';
import type { Match, matchContactSchema, myMatchSchema } from '../../contracts/matches';
import { api } from './client';
import type { Page } from './page';

export type {
  Exclusion,
  LeftOut,
  Match,
  MatchingTerm,
  PairRef,
  Suggestion,
  SuggestionsResponse,
  Weights,
};
export type MyMatch = z.infer<typeof myMatchSchema>;
export type MatchContact = z.infer<typeof matchContactSchema>;
export type FirstMeeting = z.infer<typeof firstMeetingSchema>;

/* Keys: a program's matching under ['programs', id, ...] (so program-wide invalidation works). */
const settingsKey = (programId: string) => ['programs', programId, 'matching-settings'];
const exclusionsKey = (programId: string) => ['programs', programId, 'match-exclusions'];
const programMatchesKey = (programId: string) => ['programs', programId, 'matches'];
const myMatchesKey = (organisationId: string) => ['my-matches', organisationId];
const firstMeetingKey = (matchId: string) => ['matches', matchId, 'first-meeting'];

export function useMatchingSettings(programId: string) {
  return useQuery({
    queryKey: settingsKey(programId),
    queryFn: ({ signal }) =>
      api<{ weights: Weights }>(`/api/v1/programs/${programId}/matching-settings`, { signal }),
  });
}

export function useSaveMatchingSettings(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: Weights) =>
      api<{ weights: Weights }>(`/api/v1/programs/${programId}/matching-settings`, {
        method: 'PUT',
        body: { weights },
      }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey(programId), data),
  });
}

/** One run of the solver over the whole waiting cohort; nothing is saved. */
export function useSuggest(programId: string) {
  return useMutation({
    mutationFn: (request: SuggestionRequest) =>
      api<SuggestionsResponse>(`/api/v1/programs/${programId}/match-suggestions`, {
        method: 'POST',
        body: request,
      }),
  });
}

export function useAcceptSuggestions(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pairs: (PairRef & { score?: number; reasons?: string[] })[]) =>
      api<{ matches: { id: string; mentorId: string; menteeId: string }[] }>(
        `/api/v1/programs/${programId}/match-suggestions/accept`,
        { method: 'POST', body: { pairs } },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['programs', programId] });
    },
  });
}

export function useExclusions(programId: string) {
  return useQuery({
    queryKey: exclusionsKey(programId),
    queryFn: ({ signal }) =>
      api<{ items: Exclusion[] }>(`/api/v1/programs/${programId}/match-exclusions`, { signal }),
  });
}

export function useExclude(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: { mentorId?: string; menteeId?: string }) =>
      api<{ id: string }>(`/api/v1/programs/${programId}/match-exclusions`, {
        method: 'POST',
        body: ids,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: exclusionsKey(programId) }),
  });
}

export function useLiftExclusion(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: { mentorId?: string | null; menteeId?: string | null }) => {
      const query = new URLSearchParams();
      if (ids.mentorId) query.set('mentorId', ids.mentorId);
      if (ids.menteeId) query.set('menteeId', ids.menteeId);
      return api<{ removed: number }>(
        `/api/v1/programs/${programId}/match-exclusions?${query.toString()}`,
        { method: 'DELETE' },
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: exclusionsKey(programId) }),
  });
}

/** The program's matches (first 200, newest first): proposed, active, closed, declined. */
export function useProgramMatches(programId: string) {
  return useQuery({
    queryKey: programMatchesKey(programId),
    queryFn: ({ signal }) =>
      api<Page<Match>>(`/api/v1/programs/${programId}/matches?limit=200`, { signal }),
  });
}

export function useScheduleFirstMeeting(matchId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: { at: string; place: string }) =>
      api<{ firstMeeting: FirstMeeting }>(`/api/v1/matches/${matchId}/first-meeting`, {
        method: 'POST',
        body: meeting,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(firstMeetingKey(matchId), data);
      void queryClient.invalidateQueries({ queryKey: programMatchesKey(programId) });
    },
  });
}

export function useFirstMeeting(matchId: string, enabled = true) {
  return useQuery({
    queryKey: firstMeetingKey(matchId),
    queryFn: ({ signal }) =>
      api<{ firstMeeting: FirstMeeting }>(`/api/v1/matches/${matchId}/first-meeting`, { signal }),
    enabled,
  });
}

export function useMyMatches(organisationId: string) {
  return useQuery({
    queryKey: myMatchesKey(organisationId),
    queryFn: ({ signal }) =>
      api<{ items: MyMatch[] }>(`/api/v1/organisations/${organisationId}/my-matches`, { signal }),
  });
}

export function useAnswerMatch(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, answer }: { matchId: string; answer: 'accept' | 'decline' }) =>
      api<{ match: Match }>(`/api/v1/matches/${matchId}/${answer}`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myMatchesKey(organisationId) }),
  });
}

/** The other side's contact details; a 422 says in words why they are not shown. */
export function useMatchContact(matchId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['matches', matchId, 'contact'],
    queryFn: ({ signal }) => api<MatchContact>(`/api/v1/matches/${matchId}/contact`, { signal }),
    enabled,
    retry: false,
  });
}
