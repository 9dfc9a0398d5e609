import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChildCertificateRule,
  CreateProgramInput,
  Program,
  ProgramSettings,
  ProgramStatus,
  ProgramType,
  UpdateProgramInput,
} from '../../contracts/programs';
import { api } from './client';
import { listQuery, type Page } from './page';

export type { Program, ProgramSettings, ProgramStatus, ProgramType };

/** What a program type starts with, and the least a program of that type may ask. */
export interface ProgramTypeInfo {
  type: ProgramType;
  defaults: ProgramSettings;
  floor: {
    trainingMinutes: number;
    inPersonSessionRequired: boolean;
    childCertificate: ChildCertificateRule;
    nominationRequired: boolean;
  };
}

const PAGE_SIZE = 50;
const programsKey = (organisationId: string) => ['organisations', organisationId, 'programs'];
const programKey = (programId: string) => ['programs', programId];

/** Without a status: drafts and published programs (published only, for mentors and mentees). */
export function usePrograms(organisationId: string, status: ProgramStatus | null) {
  return useInfiniteQuery({
    queryKey: [...programsKey(organisationId), status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<Program>>(
        `/api/v1/organisations/${organisationId}/programs${listQuery({
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

export function useProgram(programId: string) {
  return useQuery({
    queryKey: programKey(programId),
    queryFn: () => api<{ program: Program }>(`/api/v1/programs/${programId}`),
    select: (data) => data.program,
  });
}

export function useProgramTypes() {
  return useQuery({
    queryKey: ['program-types'],
    queryFn: () => api<{ items: ProgramTypeInfo[] }>('/api/v1/program-types'),
    select: (data) => data.items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useRefreshPrograms(organisationId: string) {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(programKey(program.id), { program });
    void queryClient.invalidateQueries({ queryKey: programsKey(organisationId) });
    void queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'home'] });
  };
}

export function useCreateProgram(organisationId: string) {
  const refresh = useRefreshPrograms(organisationId);
  return useMutation({
    mutationFn: (body: CreateProgramInput) =>
      api<{ program: Program }>(`/api/v1/organisations/${organisationId}/programs`, {
        method: 'POST',
        body,
      }),
    onSuccess: ({ program }) => refresh(program),
  });
}

export function useUpdateProgram(organisationId: string, programId: string) {
  const refresh = useRefreshPrograms(organisationId);
  return useMutation({
    mutationFn: (body: UpdateProgramInput) =>
      api<{ program: Program }>(`/api/v1/programs/${programId}`, { method: 'PATCH', body }),
    onSuccess: ({ program }) => refresh(program),
  });
}

export function useSetProgramArchived(organisationId: string, programId: string) {
  const refresh = useRefreshPrograms(organisationId);
  return useMutation({
    mutationFn: (archived: boolean) =>
      api<{ program: Program }>(
        `/api/v1/programs/${programId}/${archived ? 'archive' : 'restore'}`,
        { method: 'POST' },
      ),
    onSuccess: ({ program }) => refresh(program),
  });
}
