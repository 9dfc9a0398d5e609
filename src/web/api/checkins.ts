import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckIn,
  ClosedMatch,
  CloseMatchInput,
  Closure,
  DueList,
  DueMatch,
  ExitSurvey,
  ExitSurveyInput,
  MatchCheckIns,
  PartyDue,
  RecordCheckInInput,
} from '../../contracts/checkins';
import { api } from './client';

export type { CheckIn, Closure, DueMatch, ExitSurvey, PartyDue };

const dueKey = ['check-ins', 'due'];
const matchKey = (matchId: string) => ['matches', matchId, 'check-ins'];
const closureKey = (matchId: string) => ['matches', matchId, 'closure'];

/** Every active match of the organisation with what check-ins are due, overdue first. */
export function useDueCheckIns(organisationId: string, enabled = true) {
  return useQuery({
    queryKey: [...dueKey, organisationId],
    queryFn: ({ signal }) =>
      api<DueList>(`/api/v1/organisations/${organisationId}/check-ins/due`, { signal }),
    enabled,
  });
}

export function useMatchCheckIns(matchId: string, enabled = true) {
  return useQuery({
    queryKey: matchKey(matchId),
    queryFn: ({ signal }) => api<MatchCheckIns>(`/api/v1/matches/${matchId}/check-ins`, { signal }),
    enabled,
  });
}

export function useRecordCheckIn(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordCheckInInput) =>
      api<{ checkIn: CheckIn }>(`/api/v1/matches/${matchId}/check-ins`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: matchKey(matchId) });
      void queryClient.invalidateQueries({ queryKey: dueKey });
    },
  });
}

/** The closure of a match (closing message, contact rule) and its exit surveys. */
export function useClosure(matchId: string) {
  return useQuery({
    queryKey: closureKey(matchId),
    queryFn: ({ signal }) => api<Closure>(`/api/v1/matches/${matchId}/exit-survey`, { signal }),
  });
}

export function useCloseMatch(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CloseMatchInput) =>
      api<{ match: ClosedMatch }>(`/api/v1/matches/${matchId}/close`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['matches', matchId] });
      void queryClient.invalidateQueries({ queryKey: dueKey });
    },
  });
}

export function useAnswerExitSurvey(matchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ExitSurveyInput) =>
      api<{ survey: ExitSurvey }>(`/api/v1/matches/${matchId}/exit-survey`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: closureKey(matchId) }),
  });
}
