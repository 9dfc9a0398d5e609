import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateMeetingInput,
  Goal,
  MatchPage,
  Meeting,
  UpdateGoalInput,
} from '../../contracts/relationships';
import { api } from './client';

export type { Goal, MatchPage, Meeting };

const key = (matchId: string) => ['matches', matchId, 'page'];

/** The match page: agreement, goals, the meeting log and the next meeting. */
export function useMatchPage(matchId: string) {
  return useQuery({
    queryKey: key(matchId),
    queryFn: ({ signal }) => api<MatchPage>(`/api/v1/matches/${matchId}/page`, { signal }),
  });
}

/** The link to the next meeting's calendar file. */
export const nextMeetingIcsUrl = (matchId: string) => `/api/v1/matches/${matchId}/next-meeting.ics`;

function useRefresh(matchId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: key(matchId) });
}

export function useLogMeeting(matchId: string) {
  const onSuccess = useRefresh(matchId);
  return useMutation({
    mutationFn: (input: CreateMeetingInput) =>
      api<{ meeting: Meeting }>(`/api/v1/matches/${matchId}/meetings`, {
        method: 'POST',
        body: input,
      }),
    onSuccess,
  });
}

export function useDeleteMeeting(matchId: string) {
  const onSuccess = useRefresh(matchId);
  return useMutation({
    mutationFn: (meetingId: string) =>
      api<void>(`/api/v1/meetings/${meetingId}`, { method: 'DELETE', body: {} }),
    onSuccess,
  });
}

export function useAddGoal(matchId: string) {
  const onSuccess = useRefresh(matchId);
  return useMutation({
    mutationFn: (title: string) =>
      api<{ goal: Goal }>(`/api/v1/matches/${matchId}/goals`, {
        method: 'POST',
        body: { title },
      }),
    onSuccess,
  });
}

export function useUpdateGoal(matchId: string) {
  const onSuccess = useRefresh(matchId);
  return useMutation({
    mutationFn: ({ goalId, ...input }: UpdateGoalInput & { goalId: string }) =>
      api<{ goal: Goal }>(`/api/v1/goals/${goalId}`, { method: 'PATCH', body: input }),
    onSuccess,
  });
}

export function useDeleteGoal(matchId: string) {
  const onSuccess = useRefresh(matchId);
  return useMutation({
    mutationFn: (goalId: string) =>
      api<void>(`/api/v1/goals/${goalId}`, { method: 'DELETE', body: {} }),
    onSuccess,
  });
}
