import {
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import type {
  Attendance,
  certificateSchema,
  cohortEntrySchema,
  curriculumItemSchema,
  curriculumModuleSchema,
  curriculumSchema,
  curriculumVersionSchema,
  Enrolment,
  ItemKind,
  ItemState,
  LocalText,
  lessonFeedbackSummarySchema,
  MentorBlocker,
  mentorItemSchema,
  programMentorSchema,
  publicCertificateSchema,
  QuizContent,
  quizResultSchema,
  reflectionSchema,
  signupSchema,
  trainingSessionSchema,
} from '../../contracts/training';
import { api } from './client';
import { listQuery, type Page } from './page';

export type { Attendance, Enrolment, ItemKind, ItemState, LocalText, MentorBlocker, QuizContent };
export type Certificate = z.infer<typeof certificateSchema>;
export type MentorItem = z.infer<typeof mentorItemSchema>;
export type QuizResult = z.infer<typeof quizResultSchema>;
export type TrainingSession = z.infer<typeof trainingSessionSchema>;
export type Signup = z.infer<typeof signupSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type CohortEntry = z.infer<typeof cohortEntrySchema>;
export type ProgramMentor = z.infer<typeof programMentorSchema>;
export type LessonFeedbackSummary = z.infer<typeof lessonFeedbackSummarySchema>;
export type CurriculumVersion = z.infer<typeof curriculumVersionSchema>;
export type Curriculum = z.infer<typeof curriculumSchema>;
export type CurriculumModule = z.infer<typeof curriculumModuleSchema>;
export type CurriculumItem = z.infer<typeof curriculumItemSchema>;
export type PublicCertificate = z.infer<typeof publicCertificateSchema>;
export type ModuleProgress = Enrolment['modules'][number];

/** The API's largest page: these lists are read whole, so fewer round trips. */
const PAGE_SIZE = 200;

/* ---------- keys: everything about training starts with 'training' ---------- */

const trainingKey = ['training'] as const;
const myTrainingKey = (organisationId: string) => [...trainingKey, 'mine', organisationId];
const enrolmentKey = (enrolmentId: string) => [...trainingKey, 'enrolment', enrolmentId];
const itemKey = (enrolmentId: string, key: string) => [...enrolmentKey(enrolmentId), 'item', key];
const programKey = (programId: string) => [...trainingKey, 'program', programId];
const versionKey = (versionId: string) => [...trainingKey, 'version', versionId];

/** Any change to training may move progress, lists and the home page: all of it is stale. */
function useRefreshTraining() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: trainingKey });
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] === 'organisations' && query.queryKey[2] === 'home',
    });
  };
}

/**
 * A list endpoint read to its end, page after page, so filters and counts on screen cover
 * everyone (lists here are a program's worth: a cohort of 2,000 is ten pages).
 */
function useAllPages<T>(key: QueryKey, path: string, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(
        `${path}${path.includes('?') ? '&' : '?'}${listQuery({ limit: PAGE_SIZE, cursor: pageParam }).slice(1)}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
  });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return query;
}

/* ---------- the mentor ---------- */

export function useMyTraining(organisationId: string, enabled = true) {
  return useAllPages<Enrolment>(
    myTrainingKey(organisationId),
    `/api/v1/organisations/${organisationId}/my-training`,
    enabled,
  );
}

export function useEnrolment(enrolmentId: string) {
  return useQuery({
    queryKey: enrolmentKey(enrolmentId),
    queryFn: () => api<{ enrolment: Enrolment }>(`/api/v1/enrolments/${enrolmentId}`),
    select: (data) => data.enrolment,
  });
}

export function useTrainingItem(enrolmentId: string, key: string) {
  return useQuery({
    queryKey: itemKey(enrolmentId, key),
    queryFn: () =>
      api<{ item: MentorItem }>(
        `/api/v1/enrolments/${enrolmentId}/items/${encodeURIComponent(key)}`,
      ),
    select: (data) => data.item,
  });
}

/** A write on one enrolment; afterwards everything about training is read again. */
function useEnrolmentWrite<Body, Result>(
  enrolmentId: string,
  method: 'POST' | 'PUT',
  path: string,
) {
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: (body: Body) =>
      api<Result>(`/api/v1/enrolments/${enrolmentId}/${path}`, { method, body }),
    onSuccess: refresh,
  });
}

export const useMarkLessonRead = (enrolmentId: string) =>
  useEnrolmentWrite<{ itemKey: string }, { certificate: Certificate | null }>(
    enrolmentId,
    'POST',
    'lesson-reads',
  );

export const useLessonFeedback = (enrolmentId: string) =>
  useEnrolmentWrite<
    { itemKey: string; helpful: boolean; comment?: string },
    { helpful: boolean; comment: string | null }
  >(enrolmentId, 'PUT', 'lesson-feedback');

export const useSubmitQuiz = (enrolmentId: string) =>
  useEnrolmentWrite<
    { itemKey: string; answers: { questionId: string; optionIndexes: number[] }[] },
    { result: QuizResult }
  >(enrolmentId, 'POST', 'quiz-attempts');

export const useSignCodeOfConduct = (enrolmentId: string) =>
  useEnrolmentWrite<{ itemKey: string }, { signedAt: string; certificate: Certificate | null }>(
    enrolmentId,
    'POST',
    'code-of-conduct-signatures',
  );

export const useSubmitReflection = (enrolmentId: string) =>
  useEnrolmentWrite<{ itemKey: string; text: string }, { reflection: Reflection }>(
    enrolmentId,
    'POST',
    'reflections',
  );

export const useSignUpForSession = (enrolmentId: string) =>
  useEnrolmentWrite<{ sessionId: string }, { signup: Signup }>(
    enrolmentId,
    'POST',
    'session-signups',
  );

export function useStartRefresher(enrolmentId: string) {
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: () =>
      api<{ enrolment: Enrolment }>(`/api/v1/enrolments/${enrolmentId}/refresher`, {
        method: 'POST',
      }),
    onSuccess: refresh,
  });
}

export function useCancelSignup() {
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: (signupId: string) =>
      api<{ signup: Signup }>(`/api/v1/session-signups/${signupId}/cancel`, { method: 'POST' }),
    onSuccess: refresh,
  });
}

/* ---------- trainers and coordinators ---------- */

export function useProgramMentors(programId: string, enabled = true) {
  return useAllPages<ProgramMentor>(
    [...programKey(programId), 'mentors'],
    `/api/v1/programs/${programId}/mentors`,
    enabled,
  );
}

export function useCohort(programId: string, enabled = true) {
  return useAllPages<CohortEntry>(
    [...programKey(programId), 'cohort'],
    `/api/v1/programs/${programId}/cohort`,
    enabled,
  );
}

export function useEnrolMentor(programId: string) {
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: (membershipId: string) =>
      api<{ enrolment: Enrolment }>(`/api/v1/programs/${programId}/enrolments`, {
        method: 'POST',
        body: { membershipId },
      }),
    onSuccess: refresh,
  });
}

/** From two weeks back, so attendance can still be taken after a session. */
export function useTrainingSessions(programId: string, enabled = true) {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  const from = new Date(day.getTime() - 14 * 24 * 60 * 60 * 1000).toISOString();
  return useAllPages<TrainingSession>(
    [...programKey(programId), 'sessions', from],
    `/api/v1/programs/${programId}/training-sessions${listQuery({ from })}`,
    enabled,
  );
}

export function useCreateSession(programId: string) {
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: (body: {
      itemKey: string;
      startsAt: string;
      endsAt: string;
      place: string;
      capacity: number;
    }) =>
      api<{ session: TrainingSession }>(`/api/v1/programs/${programId}/training-sessions`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useSessionSignups(sessionId: string, enabled = true) {
  return useAllPages<Signup>(
    [...trainingKey, 'session', sessionId, 'signups'],
    `/api/v1/training-sessions/${sessionId}/signups`,
    enabled,
  );
}

export function useSetAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ signupId, attendance }: { signupId: string; attendance: Attendance }) =>
      api<{ signup: Signup; certificate: Certificate | null }>(
        `/api/v1/session-signups/${signupId}/attendance`,
        { method: 'POST', body: { attendance } },
      ),
    onSuccess: ({ signup }) => {
      // The row shows the saved value at once; the rest (cohort, mentors) is read again.
      queryClient.setQueriesData<{ pages: Page<Signup>[] }>(
        { queryKey: [...trainingKey, 'session', signup.sessionId, 'signups'] },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((s) => (s.id === signup.id ? signup : s)),
            })),
          },
      );
      void queryClient.invalidateQueries({
        queryKey: trainingKey,
        predicate: (query) => query.queryKey[2] !== 'session',
      });
    },
  });
}

export function useReflections(programId: string, enabled = true) {
  return useAllPages<Reflection>(
    [...programKey(programId), 'reflections'],
    `/api/v1/programs/${programId}/reflections?status=submitted`,
    enabled,
  );
}

export function useReviewReflection() {
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: ({
      reflectionId,
      decision,
      comment,
    }: {
      reflectionId: string;
      decision: 'approve' | 'return';
      comment?: string;
    }) =>
      api<{ reflection: Reflection }>(`/api/v1/reflections/${reflectionId}/review`, {
        method: 'POST',
        body: { decision, comment },
      }),
    onSuccess: refresh,
  });
}

export function useLessonFeedbackSummary(programId: string, enabled = true) {
  return useAllPages<LessonFeedbackSummary>(
    [...programKey(programId), 'lesson-feedback'],
    `/api/v1/programs/${programId}/lesson-feedback`,
    enabled,
  );
}

/* ---------- curriculum authoring ---------- */

export function useCurriculumVersions(programId: string, enabled = true) {
  return useAllPages<CurriculumVersion>(
    [...programKey(programId), 'versions'],
    `/api/v1/programs/${programId}/curriculum-versions`,
    enabled,
  );
}

export function useCurriculum(versionId: string | null) {
  return useQuery({
    queryKey: versionKey(versionId ?? ''),
    queryFn: () => api<{ curriculum: Curriculum }>(`/api/v1/curriculum-versions/${versionId}`),
    select: (data) => data.curriculum,
    enabled: Boolean(versionId),
  });
}

/** A change to a draft answers the whole curriculum: it replaces the cached one. */
function useCurriculumWrite<Vars>(
  request: (vars: Vars) => Promise<{ curriculum: Curriculum }>,
  everything = false,
) {
  const queryClient = useQueryClient();
  const refresh = useRefreshTraining();
  return useMutation({
    mutationFn: request,
    onSuccess: ({ curriculum }) => {
      queryClient.setQueryData(versionKey(curriculum.id), { curriculum });
      if (everything) refresh();
      else void queryClient.invalidateQueries({ queryKey: programKey(curriculum.programId) });
    },
  });
}

export const useCreateDraft = (programId: string) =>
  useCurriculumWrite(() =>
    api<{ curriculum: Curriculum }>(`/api/v1/programs/${programId}/curriculum-versions`, {
      method: 'POST',
    }),
  );

/** Publishing moves every mentor on to the new version: all of training is read again. */
export const usePublishDraft = () =>
  useCurriculumWrite(
    (versionId: string) =>
      api<{ curriculum: Curriculum }>(`/api/v1/curriculum-versions/${versionId}/publish`, {
        method: 'POST',
      }),
    true,
  );

export const useUpdateItem = () =>
  useCurriculumWrite(
    ({
      itemId,
      ...body
    }: {
      itemId: string;
      title?: LocalText;
      body?: LocalText;
      minutes?: number;
      required?: boolean;
      quiz?: QuizContent;
    }) =>
      api<{ curriculum: Curriculum }>(`/api/v1/curriculum-items/${itemId}`, {
        method: 'PATCH',
        body,
      }),
  );

export const useAddItem = (versionId: string) =>
  useCurriculumWrite(
    (body: {
      moduleId: string;
      key: string;
      kind: ItemKind;
      title: LocalText;
      minutes: number;
      body?: LocalText;
      quiz?: QuizContent;
    }) =>
      api<{ curriculum: Curriculum }>(`/api/v1/curriculum-versions/${versionId}/items`, {
        method: 'POST',
        body,
      }),
  );

export function useRemoveItem(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      api<void>(`/api/v1/curriculum-items/${itemId}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: versionKey(versionId) }),
  });
}

export const useReorder = (versionId: string) =>
  useCurriculumWrite((modules: { moduleId: string; itemIds: string[] }[]) =>
    api<{ curriculum: Curriculum }>(`/api/v1/curriculum-versions/${versionId}/order`, {
      method: 'PUT',
      body: { modules },
    }),
  );

/* ---------- public ---------- */

export function usePublicCertificate(code: string) {
  return useQuery({
    queryKey: ['public-certificate', code],
    queryFn: () =>
      api<{ certificate: PublicCertificate }>(
        `/api/v1/public/certificates/${encodeURIComponent(code)}`,
      ),
    select: (data) => data.certificate,
  });
}
