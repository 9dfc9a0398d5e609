import { and, eq } from 'drizzle-orm';
import { programMentors } from '../../features/recruitment/tables';
import { enrolMentor, signCodeOfConduct } from '../../features/training/mutations';
import { currentCurriculum } from '../../features/training/queries';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';
import { buildChildCertificate, buildProgress } from '../factories';

const DAY = 86_400_000;

/** Where a demo mentor stands in training, as days ago and how much is done. */
export interface TrainingStage {
  email: string;
  enrolledDaysAgo: number;
  /** Share of the required items passed before the code of conduct, 0..1. */
  share: number;
  /** Sign the code of conduct (the last item) and so complete training. */
  sign: boolean;
  /** A blank child certificate received before training (children's programs). */
  childCertificate?: boolean;
}

/**
 * Mentors at every stage of training in one program: certified, certified long ago
 * (expiring soon), expired (refresher due), in training on time, behind, not started,
 * and everything done but the code of conduct.
 */
export const schoolTrainingStages: TrainingStage[] = [
  { email: 'mentor@demo.test', enrolledDaysAgo: 60, share: 1, sign: true, childCertificate: true },
  {
    email: 'trainee@demo.test',
    enrolledDaysAgo: 4,
    share: 0.4,
    sign: false,
    childCertificate: true,
  },
  { email: 'jonas0@demo.test', enrolledDaysAgo: 700, share: 1, sign: true, childCertificate: true },
  {
    email: 'fatima1@demo.test',
    enrolledDaysAgo: 760,
    share: 1,
    sign: true,
    childCertificate: true,
  },
  {
    email: 'peter2@demo.test',
    enrolledDaysAgo: 20,
    share: 0.2,
    sign: false,
    childCertificate: true,
  },
  { email: 'emma3@demo.test', enrolledDaysAgo: 1, share: 0, sign: false, childCertificate: true },
  { email: 'ali4@demo.test', enrolledDaysAgo: 9, share: 1, sign: false, childCertificate: true },
];

export async function seedTrainingStages(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  stages: TrainingStage[],
  membershipIdByEmail: Map<string, string>,
  now: Date,
) {
  const curriculum = await currentCurriculum(db, organisationId, programId);
  if (!curriculum) return;
  const required = curriculum.items.filter((item) => item.required);
  const conduct = required.find((item) => item.kind === 'code_of_conduct');
  const others = required.filter((item) => item !== conduct);
  for (const stage of stages) {
    const membershipId = membershipIdByEmail.get(stage.email);
    if (!membershipId) continue;
    const enrolledAt = new Date(now.getTime() - stage.enrolledDaysAgo * DAY);
    const enrolment = await enrolMentor(db, organisationId, programId, membershipId, enrolledAt);
    // They came through screening first: a blank child certificate, then the coordinator
    // passed screening and opened training.
    if (stage.childCertificate) {
      // Renewed every two years: the current one was received within the last 400 days.
      const received = Math.max(enrolledAt.getTime() - 5 * DAY, now.getTime() - 400 * DAY);
      await buildChildCertificate(db, organisationId, enrolment.userId, {
        now: new Date(received),
      });
    }
    await db
      .update(programMentors)
      .set({ screeningCompletedAt: new Date(enrolledAt.getTime() - DAY) })
      .where(
        and(eq(programMentors.programId, programId), eq(programMentors.userId, enrolment.userId)),
      );
    const done = others.slice(0, Math.round(others.length * stage.share));
    // Work spread over the first days of the window, finished a week after enrolling.
    const finishedAt = new Date(enrolledAt.getTime() + Math.min(7, stage.enrolledDaysAgo) * DAY);
    await buildProgress(
      db,
      organisationId,
      enrolment.id,
      done.map((item) => item.key),
      finishedAt,
    );
    if (stage.sign && conduct) {
      const [name] = stage.email.split('@');
      await signCodeOfConduct(
        db,
        organisationId,
        enrolment.id,
        conduct.key,
        name ?? '',
        finishedAt,
      );
    }
  }
}
