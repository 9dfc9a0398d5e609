import type { MentorStage } from '../../contracts/recruitment';
import type { BroadStage, nextSteps } from './schemas';

/**
 * Stages as people see them, and what may follow what. Pure: no I/O.
 *
 * The stored stage of a program mentor is the recruitment stage (or `in_training` once
 * enrolled); the stage people see is the enrolment's status from then on, and `active`
 * while the mentor has an active match.
 */
export function seenStage(
  stored: MentorStage,
  enrolmentStatus: 'in_training' | 'certified' | 'recertification_due' | null,
  activeMatch: boolean,
): MentorStage {
  const inProgram =
    stored === 'in_training' || stored === 'certified' || stored === 'recertification_due';
  if (activeMatch && (inProgram || stored === 'active')) return 'active';
  if (inProgram && enrolmentStatus) return enrolmentStatus;
  return stored;
}

/** The order of the pipeline's columns: the lifecycle, then the exits. */
export const pipelineStageOrder: readonly MentorStage[] = [
  'applied',
  'nominated',
  'screening',
  'in_training',
  'certified',
  'recertification_due',
  'active',
  'alumni',
  'withdrawn',
  'rejected',
  'paused',
];

/** Stages from which a coordinator may reject, or the person withdraw. */
export const openRecruitmentStages: readonly MentorStage[] = ['applied', 'nominated', 'screening'];

/** HR's view of a nominee: where they are, in broad terms only. */
export function broadStageOf(stage: MentorStage): BroadStage {
  switch (stage) {
    case 'applied':
    case 'nominated':
      return 'awaiting';
    case 'screening':
      return 'screening';
    case 'in_training':
      return 'training';
    case 'certified':
    case 'recertification_due':
    case 'active':
      return 'mentor';
    default:
      return 'ended';
  }
}

/** What the person can expect next, from their stage and nomination. */
export function nextStepOf(
  stage: MentorStage,
  nomination: { response: string; decision: string } | null,
): (typeof nextSteps)[number] {
  if (stage === 'nominated' && nomination) {
    if (nomination.response === 'pending') return 'respond_to_nomination';
    if (nomination.response === 'accepted' && nomination.decision === 'pending') {
      return 'wait_for_approval';
    }
    return 'none';
  }
  switch (stage) {
    case 'applied':
      return 'wait_for_screening';
    case 'screening':
      return 'screening';
    case 'in_training':
    case 'recertification_due':
      return 'training';
    case 'certified':
      return 'certified';
    case 'active':
      return 'mentoring';
    default:
      return 'none';
  }
}
