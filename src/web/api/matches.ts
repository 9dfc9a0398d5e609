import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Match } from '../../contracts/matches';
import { api } from './client';
import type { Page } from './page';

export type { Match };

/** A waiting mentee, as the mentees list gives it (only what matching needs here). */
export interface WaitingMentee {
  id: string;
  name: string;
  age: number;
  status: string;
}

/** The program's mentees waiting for a match (first 200, oldest wait first). */
export function useWaitingMentees(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['programs', programId, 'mentees', 'waiting'],
    queryFn: ({ signal }) =>
      api<Page<WaitingMentee>>(`/api/v1/programs/${programId}/mentees?status=waiting&limit=200`, {
        signal,
      }),
    enabled,
  });
}

/** A manual match, through the gate: a 422 carries the blockers in `details.blockers`. */
export function useCreateMatch(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { mentorId: string; menteeId: string }) =>
      api<{ match: Match }>(`/api/v1/programs/${programId}/matches`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['programs', programId] });
    },
  });
}
