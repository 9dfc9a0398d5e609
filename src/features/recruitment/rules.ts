import type { ProgramType } from '../../contracts/programs';
import type { MentorStage } from '../../contracts/recruitment';

/** What screening asks for by program type, before the coordinator changes it. */
export const screeningDefaults: Record<
  ProgramType,
  { interviewRequired: boolean; referencesRequired: number }
> = {
  // Regular contact with children: a conversation and two people who know the volunteer.
  school: { interviewRequired: true, referencesRequired: 2 },
  leisure: { interviewRequired: true, referencesRequired: 2 },
  career: { interviewRequired: true, referencesRequired: 1 },
  // HR has chosen the employee; the nomination stands in for references.
  workplace: { interviewRequired: false, referencesRequired: 0 },
  custom: { interviewRequired: true, referencesRequired: 1 },
};

/** Stages that come before training: a mentor here has not passed screening. */
export const recruitmentStages = [
  'applied',
  'nominated',
  'screening',
] as const satisfies MentorStage[];
