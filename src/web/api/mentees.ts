import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddChildInput,
  ImportPreview,
  ImportResult,
  ImportRow,
  IntakeMode,
  MenteeListItem,
  MenteeRecord,
  MenteeRegistrationInput,
  MyMentee,
  ProgramIntake,
  UpdateMenteeInput,
} from '../../contracts/mentee-intake';
import type { MenteeStatus } from '../../contracts/mentees';
import { api } from './client';
import { listQuery, type Page } from './page';

export type {
  ImportPreview,
  ImportResult,
  ImportRow,
  IntakeMode,
  MenteeListItem,
  MenteeRecord,
  MenteeStatus,
  MyMentee,
  ProgramIntake,
};

const PAGE_SIZE = 50;
/** Shares its prefix with the matching screens' waiting list, so both refresh together. */
const menteesKey = (programId: string) => ['programs', programId, 'mentees'];
const myMenteesKey = (organisationId: string) => ['organisations', organisationId, 'my-mentees'];

/** What a published program is and who registers, for the public registration page. */
export function useProgramIntake(programId: string) {
  return useQuery({
    queryKey: ['public', 'programs', programId, 'intake'],
    queryFn: ({ signal }) =>
      api<{ program: ProgramIntake }>(`/api/v1/public/programs/${programId}/intake`, { signal }),
    select: (data) => data.program,
    retry: false,
  });
}

export function useRegisterMentee(programId: string) {
  return useMutation({
    mutationFn: (body: MenteeRegistrationInput) =>
      api<{ received: true; programName: string }>(
        `/api/v1/public/programs/${programId}/mentee-registrations`,
        { method: 'POST', body },
      ),
  });
}

export function useMentees(programId: string, filter: { status: MenteeStatus | null; q: string }) {
  return useInfiniteQuery({
    queryKey: [...menteesKey(programId), 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<MenteeListItem>>(
        `/api/v1/programs/${programId}/mentees${listQuery({
          status: filter.status,
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

/**
 * A mentee's full record. Opening a child's record writes to the audit log, so it is read
 * only when asked for, and not kept or read again in the background.
 */
export function useMenteeRecord(menteeId: string | null) {
  return useQuery({
    queryKey: ['mentees', menteeId, 'record'],
    queryFn: ({ signal }) =>
      api<{ mentee: MenteeRecord }>(`/api/v1/mentees/${menteeId}`, { signal }),
    select: (data) => data.mentee,
    enabled: menteeId !== null,
    gcTime: 0,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

function useRefreshProgramMentees(programId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: menteesKey(programId) });
}

export function usePreviewImport(programId: string) {
  return useMutation({
    mutationFn: (csv: string) =>
      api<ImportPreview>(`/api/v1/programs/${programId}/mentee-imports/preview`, {
        method: 'POST',
        body: { csv },
      }),
  });
}

export function useImportMentees(programId: string) {
  const refresh = useRefreshProgramMentees(programId);
  return useMutation({
    mutationFn: (csv: string) =>
      api<ImportResult>(`/api/v1/programs/${programId}/mentee-imports`, {
        method: 'POST',
        body: { csv },
      }),
    onSuccess: refresh,
  });
}

export function useMyMentees(organisationId: string) {
  return useQuery({
    queryKey: myMenteesKey(organisationId),
    queryFn: ({ signal }) =>
      api<{ items: MyMentee[] }>(`/api/v1/organisations/${organisationId}/my-mentees`, {
        signal,
      }),
    select: (data) => data.items,
  });
}

function useRefreshMine(organisationId: string) {
  const queryClient = useQueryClient();
  return (mentee: MyMentee) => {
    void queryClient.invalidateQueries({ queryKey: myMenteesKey(organisationId) });
    void queryClient.invalidateQueries({ queryKey: menteesKey(mentee.programId) });
  };
}

export function useAddChild(organisationId: string) {
  const refresh = useRefreshMine(organisationId);
  return useMutation({
    mutationFn: (body: AddChildInput & { phone?: string }) =>
      api<{ mentee: MyMentee }>(`/api/v1/organisations/${organisationId}/my-children`, {
        method: 'POST',
        body,
      }),
    onSuccess: ({ mentee }) => refresh(mentee),
  });
}

export function useUpdateMentee(organisationId: string) {
  const refresh = useRefreshMine(organisationId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateMenteeInput & { id: string }) =>
      api<{ mentee: MyMentee }>(`/api/v1/mentees/${id}`, { method: 'PATCH', body }),
    onSuccess: ({ mentee }) => refresh(mentee),
  });
}

export function useWithdrawMentee(organisationId: string) {
  const refresh = useRefreshMine(organisationId);
  return useMutation({
    mutationFn: (id: string) =>
      api<{ mentee: MyMentee }>(`/api/v1/mentees/${id}/withdraw`, { method: 'POST' }),
    onSuccess: ({ mentee }) => refresh(mentee),
  });
}
