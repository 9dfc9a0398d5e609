import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditAction } from '../../contracts/audit';
import type {
  AuditEntryView,
  ChildCertificate,
  ChildCertificateStep,
  childCertificateQueueItemSchema,
  InterviewInput,
  PublicReference,
  Reference,
  ReferenceAnswers,
  ReferenceRequestInput,
  Screening,
  ScreeningRequirements,
  UpdateScreeningRequirements,
} from '../../contracts/screening';
import { api } from './client';
import { listQuery, type Page } from './page';

export type {
  AuditEntryView,
  ChildCertificate,
  ChildCertificateStep,
  PublicReference,
  Reference,
  ReferenceAnswers,
  Screening,
  ScreeningRequirements,
};
export type ChildCertificateQueueItem = z.infer<typeof childCertificateQueueItemSchema>;

const PAGE_SIZE = 20;
const screeningKey = (mentorId: string) => ['screening', 'mentor', mentorId];
const requirementsKey = (programId: string) => ['screening', 'requirements', programId];

/* ---------- the program's checklist ---------- */

export function useScreeningRequirements(programId: string) {
  return useQuery({
    queryKey: requirementsKey(programId),
    queryFn: ({ signal }) =>
      api<{ requirements: ScreeningRequirements }>(
        `/api/v1/programs/${programId}/screening-requirements`,
        { signal },
      ).then((r) => r.requirements),
  });
}

export function useUpdateScreeningRequirements(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateScreeningRequirements) =>
      api<{ requirements: ScreeningRequirements }>(
        `/api/v1/programs/${programId}/screening-requirements`,
        { method: 'PUT', body },
      ).then((r) => r.requirements),
    onSuccess: (requirements) => {
      queryClient.setQueryData(requirementsKey(programId), requirements);
      void queryClient.invalidateQueries({ queryKey: ['screening', 'mentor'] });
      void queryClient.invalidateQueries({ queryKey: ['recruitment'] });
    },
  });
}

/* ---------- one mentor's screening ---------- */

export function useScreening(mentorId: string) {
  return useQuery({
    queryKey: screeningKey(mentorId),
    queryFn: ({ signal }) =>
      api<{ screening: Screening }>(`/api/v1/program-mentors/${mentorId}/screening`, {
        signal,
      }).then((r) => r.screening),
  });
}

/**
 * After any screening change: this checklist, and what shows it elsewhere (the pipeline
 * and mentor page, the mentors list and its gate, home counts, the safeguarding queue).
 */
function useRefreshScreening(_mentorId: string, _programId: string) {
  return useRefreshCertificates();
}

export function useRecordInterview(mentorId: string, programId: string) {
  const refresh = useRefreshScreening(mentorId, programId);
  return useMutation({
    mutationFn: (body: InterviewInput) =>
      api<{ screening: Screening }>(`/api/v1/program-mentors/${mentorId}/interview`, {
        method: 'PUT',
        body,
      }),
    onSuccess: refresh,
  });
}

export function usePassScreening(mentorId: string, programId: string) {
  const refresh = useRefreshScreening(mentorId, programId);
  return useMutation({
    mutationFn: () =>
      api<{ screening: Screening }>(`/api/v1/program-mentors/${mentorId}/pass-screening`, {
        method: 'POST',
      }),
    onSuccess: refresh,
  });
}

export function useRequestReference(mentorId: string, programId: string) {
  const refresh = useRefreshScreening(mentorId, programId);
  return useMutation({
    mutationFn: (body: ReferenceRequestInput) =>
      api<{ reference: Reference }>(`/api/v1/program-mentors/${mentorId}/references`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useResendReference(mentorId: string, programId: string) {
  const refresh = useRefreshScreening(mentorId, programId);
  return useMutation({
    mutationFn: (referenceId: string) =>
      api<{ reference: Reference }>(`/api/v1/reference-requests/${referenceId}/resend`, {
        method: 'POST',
      }),
    onSuccess: refresh,
  });
}

export function useWithdrawReference(mentorId: string, programId: string) {
  const refresh = useRefreshScreening(mentorId, programId);
  return useMutation({
    mutationFn: (referenceId: string) =>
      api<void>(`/api/v1/reference-requests/${referenceId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/* ---------- child certificates ---------- */

export function useStartChildCertificate(mentorId: string, programId: string) {
  const refresh = useRefreshScreening(mentorId, programId);
  return useMutation({
    mutationFn: () =>
      api<{ certificate: ChildCertificate }>(
        `/api/v1/program-mentors/${mentorId}/child-certificate`,
        { method: 'POST' },
      ),
    onSuccess: refresh,
  });
}

/** Refreshes the queue and every checklist: a person's certificate counts in each program. */
function useRefreshCertificates() {
  const queryClient = useQueryClient();
  return () => {
    for (const root of ['screening', 'recruitment', 'training', 'programs', 'organisations']) {
      void queryClient.invalidateQueries({ queryKey: [root] });
    }
  };
}

export function useRecordCertificateStep() {
  const refresh = useRefreshCertificates();
  return useMutation({
    mutationFn: (input: { certificateId: string; step: ChildCertificateStep; at?: string }) =>
      api<{ certificate: ChildCertificate }>(
        `/api/v1/child-certificates/${input.certificateId}/steps`,
        { method: 'POST', body: { step: input.step, ...(input.at ? { at: input.at } : {}) } },
      ),
    onSuccess: refresh,
  });
}

export function useDecideCertificate() {
  const refresh = useRefreshCertificates();
  return useMutation({
    mutationFn: (input: { certificateId: string; approve: boolean; reason: string }) =>
      api<{ certificate: ChildCertificate }>(
        `/api/v1/child-certificates/${input.certificateId}/decision`,
        { method: 'POST', body: { approve: input.approve, reason: input.reason } },
      ),
    onSuccess: refresh,
  });
}

export function useChildCertificateQueue(organisationId: string, status: 'remarks' | 'all') {
  return useInfiniteQuery({
    queryKey: ['organisations', organisationId, 'child-certificates', status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<ChildCertificateQueueItem>>(
        `/api/v1/organisations/${organisationId}/child-certificates${listQuery({
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

/* ---------- the referee's form (no sign-in) ---------- */

export function usePublicReference(token: string) {
  return useQuery({
    queryKey: ['public', 'references', token],
    queryFn: ({ signal }) =>
      api<{ reference: PublicReference }>(
        `/api/v1/public/references/${encodeURIComponent(token)}`,
        { signal },
      ).then((r) => r.reference),
    enabled: token.length > 0,
    retry: false,
  });
}

export function useAnswerReference(token: string) {
  return useMutation({
    mutationFn: (body: ReferenceAnswers) =>
      api<{ ok: true }>(`/api/v1/public/references/${encodeURIComponent(token)}`, {
        method: 'POST',
        body,
      }),
  });
}

/* ---------- the audit log ---------- */

export interface AuditFilters {
  action?: AuditAction | '';
  subjectType?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export function useAuditLog(organisationId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['organisations', organisationId, 'audit-log', filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page<AuditEntryView>>(
        `/api/v1/organisations/${organisationId}/audit-log${listQuery({
          ...filters,
          limit: 50,
          cursor: pageParam,
        })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
