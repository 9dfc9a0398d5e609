import {
  type ChildCertificateRule,
  childCertificateRules,
  type ProgramSettings,
  type ProgramType,
} from '../../contracts/programs';
import type { FieldIssue } from '../../server/lib/app-error';

/** What a new program of each type starts with (PRODUCT.md, "The four program types"). */
export const typeDefaults: Record<ProgramType, ProgramSettings> = {
  school: {
    trainingMinutes: 240,
    inPersonSessionRequired: true,
    trainingWindowDays: 14,
    childCertificate: 'when_under_15',
    nominationRequired: false,
    meetingCadence: 'weekly',
    commitmentMonths: 10,
    menteeAgeMin: 6,
    menteeAgeMax: 17,
  },
  leisure: {
    trainingMinutes: 270,
    inPersonSessionRequired: true,
    trainingWindowDays: 21,
    childCertificate: 'when_under_15',
    nominationRequired: false,
    meetingCadence: 'weekly',
    commitmentMonths: 12,
    menteeAgeMin: 6,
    menteeAgeMax: 17,
  },
  career: {
    // "Requires little mentor training": the short e-learning is the whole of it.
    trainingMinutes: 30,
    inPersonSessionRequired: false,
    trainingWindowDays: 5,
    childCertificate: 'when_under_15',
    nominationRequired: false,
    meetingCadence: 'monthly',
    commitmentMonths: 3,
    menteeAgeMin: 15,
    menteeAgeMax: 19,
  },
  workplace: {
    trainingMinutes: 90,
    inPersonSessionRequired: false,
    trainingWindowDays: 21,
    childCertificate: 'never',
    nominationRequired: true,
    meetingCadence: 'fortnightly',
    commitmentMonths: 6,
    menteeAgeMin: 16,
    menteeAgeMax: 99,
  },
  custom: {
    trainingMinutes: 120,
    inPersonSessionRequired: false,
    trainingWindowDays: 14,
    childCertificate: 'when_under_15',
    nominationRequired: false,
    meetingCadence: 'fortnightly',
    commitmentMonths: 6,
    menteeAgeMin: 6,
    menteeAgeMax: 99,
  },
};

export interface Floor {
  trainingMinutes: number;
  inPersonSessionRequired: boolean;
  childCertificate: ChildCertificateRule;
  nominationRequired: boolean;
}

/**
 * The least a program of each type may ask: a coordinator can raise settings but
 * never go below these. Danish law asks for a child certificate for regular contact
 * with children under 15, so only workplace programs (adults) may go without.
 */
export const typeFloors: Record<ProgramType, Floor> = {
  school: {
    trainingMinutes: 120,
    inPersonSessionRequired: true,
    childCertificate: 'when_under_15',
    nominationRequired: false,
  },
  leisure: {
    trainingMinutes: 120,
    inPersonSessionRequired: true,
    childCertificate: 'when_under_15',
    nominationRequired: false,
  },
  career: {
    trainingMinutes: 30,
    inPersonSessionRequired: false,
    childCertificate: 'when_under_15',
    nominationRequired: false,
  },
  workplace: {
    trainingMinutes: 60,
    inPersonSessionRequired: false,
    childCertificate: 'never',
    nominationRequired: true,
  },
  // MENTOR's Elements of Effective Practice: at least two hours before matching.
  custom: {
    trainingMinutes: 120,
    inPersonSessionRequired: false,
    childCertificate: 'when_under_15',
    nominationRequired: false,
  },
};

const strictness = (rule: ChildCertificateRule) => childCertificateRules.indexOf(rule);

/** Every way these settings fall below the type's floor or contradict themselves. */
export function settingsIssues(type: ProgramType, settings: ProgramSettings): FieldIssue[] {
  const floor = typeFloors[type];
  const issues: FieldIssue[] = [];
  if (settings.trainingMinutes < floor.trainingMinutes) {
    issues.push({
      path: 'trainingMinutes',
      messageKey: 'validation.floor_training_minutes',
      params: { floor: floor.trainingMinutes },
    });
  }
  if (floor.inPersonSessionRequired && !settings.inPersonSessionRequired) {
    issues.push({ path: 'inPersonSessionRequired', messageKey: 'validation.floor_in_person' });
  }
  if (strictness(settings.childCertificate) < strictness(floor.childCertificate)) {
    issues.push({
      path: 'childCertificate',
      messageKey: 'validation.floor_child_certificate',
      paramKeys: { floor: `childCertificate.${floor.childCertificate}` },
    });
  }
  if (floor.nominationRequired && !settings.nominationRequired) {
    issues.push({ path: 'nominationRequired', messageKey: 'validation.floor_nomination' });
  }
  if (settings.menteeAgeMax < settings.menteeAgeMin) {
    issues.push({ path: 'menteeAgeMax', messageKey: 'validation.age_range' });
  }
  return issues;
}
