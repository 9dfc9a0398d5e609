import { eq } from 'drizzle-orm';
import type { Profile } from '../../contracts/profile';
import type { MentorStage } from '../../contracts/recruitment';
import { recordMentorEvent } from '../../features/recruitment/program-mentors';
import { nominations, programMentors } from '../../features/recruitment/tables';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';
import { buildMember, buildProgramMentor, testProfile } from '../factories';
import { newId } from '../ids';

const DEMO_PASSWORD = 'demo-password';
const DAY = 86_400_000;

/** The demo's HR person nominates; the coordinator decides. */
const HR = 'hr@demo.test';
const COORDINATOR = 'coordinator@demo.test';

/**
 * An employee of the workplace program with no nomination yet: the browser journey has
 * HR nominate them and they accept (password `demo-password`).
 */
export const DEMO_EMPLOYEE = { email: 'ansat@demo.test', name: 'Jesper Lund' };

interface Applicant {
  email: string;
  name: string;
  stage: Extract<MentorStage, 'applied' | 'screening' | 'rejected' | 'withdrawn'>;
  daysAgo: number;
  motivation: string;
  experience: string;
  birthYear: number;
  phone?: string;
  profile: Partial<Profile>;
  exitReason?: string;
}

const schoolApplicants: Applicant[] = [
  {
    email: 'sofie.andersen@demo.test',
    name: 'Sofie Andersen',
    stage: 'applied',
    daysAgo: 2,
    motivation:
      'Jeg læser til lærer og vil gerne hjælpe børn, der har svært ved at komme i gang med lektierne.',
    experience: 'Praktik i 4. klasse og lektiecafé på Nørrebro Bibliotek.',
    birthYear: 1999,
    phone: '+45 22 33 44 55',
    profile: {
      interests: ['reading', 'music_playing'],
      goals: ['homework', 'school_motivation'],
      place: 'København N',
    },
  },
  {
    email: 'mikkel.nielsen@demo.test',
    name: 'Mikkel Nielsen',
    stage: 'applied',
    daysAgo: 4,
    motivation: 'Jeg fik selv hjælp af en voksen som barn og vil gerne give det videre.',
    experience: 'Fodboldtræner for U10 i tre sæsoner.',
    birthYear: 1987,
    profile: {
      interests: ['football', 'gaming'],
      goals: ['homework', 'self_confidence'],
      place: 'København NV',
    },
  },
  {
    email: 'ida.larsen@demo.test',
    name: 'Ida Larsen',
    stage: 'applied',
    daysAgo: 6,
    motivation: 'Jeg er god til matematik og vil gerne gøre det sjovere for børn.',
    experience: '',
    birthYear: 2002,
    profile: { interests: ['science', 'drawing'], goals: ['homework'], place: 'Frederiksberg' },
  },
  {
    email: 'rasmus.berg@demo.test',
    name: 'Rasmus Berg',
    stage: 'screening',
    daysAgo: 12,
    motivation: 'Jeg har tid om eftermiddagen og vil gerne gøre en forskel i mit lokalområde.',
    experience: 'Frivillig i Røde Kors Lektiehjælp i et år.',
    birthYear: 1975,
    phone: '+45 40 50 60 70',
    profile: {
      interests: ['reading', 'cooking'],
      goals: ['homework', 'school_motivation'],
      place: 'København N',
    },
  },
  {
    email: 'kasper.holm@demo.test',
    name: 'Kasper Holm',
    stage: 'rejected',
    daysAgo: 20,
    motivation: 'Jeg vil gerne prøve noget nyt.',
    experience: '',
    birthYear: 2005,
    profile: { interests: ['gaming'], goals: ['homework'], place: 'Valby' },
    exitReason:
      'Vi søger mentorer, der kan binde sig i mindst 12 måneder, og det passede ikke med dine planer.',
  },
  {
    email: 'line.mortensen@demo.test',
    name: 'Line Mortensen',
    stage: 'withdrawn',
    daysAgo: 15,
    motivation: 'Jeg vil gerne hjælpe børn med dansk.',
    experience: 'Dansklærer på pension.',
    birthYear: 1955,
    profile: { interests: ['reading'], goals: ['homework'], place: 'København N' },
    exitReason: 'Flytter til Odense.',
  },
];

const leisureApplicants: Applicant[] = [
  {
    email: 'emil.christensen@demo.test',
    name: 'Emil Christensen',
    stage: 'applied',
    daysAgo: 1,
    motivation: 'Jeg spiller håndbold og vil gerne tage et barn med til træning og kampe.',
    experience: 'Hjælpetræner i Aarhus 1900 Håndbold.',
    birthYear: 1996,
    profile: {
      interests: ['handball', 'football'],
      goals: ['social_life', 'self_confidence'],
      place: 'Aarhus C',
    },
  },
  {
    email: 'freja.madsen@demo.test',
    name: 'Freja Madsen',
    stage: 'applied',
    daysAgo: 3,
    motivation:
      'Jeg vil gerne være en god voksen for et barn, der mangler én at lave ting sammen med.',
    experience: 'Spejderleder i fem år.',
    birthYear: 1992,
    phone: '+45 61 62 63 64',
    profile: { interests: ['nature', 'drawing'], goals: ['social_life'], place: 'Aarhus N' },
  },
  {
    email: 'jonas.friis@demo.test',
    name: 'Jonas Friis',
    stage: 'rejected',
    daysAgo: 25,
    motivation: 'Det ser sjovt ud.',
    experience: '',
    birthYear: 2006,
    profile: { interests: ['gaming'], goals: ['social_life'], place: 'Viby J' },
    exitReason: 'Mentorer i programmet skal være fyldt 18 år.',
  },
  {
    email: 'marie.kjaer@demo.test',
    name: 'Marie Kjær',
    stage: 'withdrawn',
    daysAgo: 10,
    motivation: 'Jeg vil gerne tage et barn med til svømning.',
    experience: 'Livredder.',
    birthYear: 1990,
    profile: { interests: ['swimming'], goals: ['self_confidence'], place: 'Aarhus V' },
    exitReason: 'Har fået nyt arbejde med aftenvagter.',
  },
];

interface Nominee {
  email: string;
  name: string;
  response: 'pending' | 'accepted';
  decision: 'pending' | 'approved';
  daysAgo: number;
  ratings: [number, number, number];
  comment: string;
}

const workplaceNominees: Nominee[] = [
  {
    email: 'henrik.poulsen@demo.test',
    name: 'Henrik Poulsen',
    response: 'pending',
    decision: 'pending',
    daysAgo: 1,
    ratings: [5, 4, 5],
    comment: 'Tager sig altid tid til nye kolleger i lageret.',
  },
  {
    email: 'camilla.dahl@demo.test',
    name: 'Camilla Dahl',
    response: 'accepted',
    decision: 'pending',
    daysAgo: 5,
    ratings: [4, 5, 4],
    comment: 'Rolig og positiv; kender alle afdelingens rutiner.',
  },
  {
    email: 'thomas.vinther@demo.test',
    name: 'Thomas Vinther',
    response: 'accepted',
    decision: 'approved',
    daysAgo: 9,
    ratings: [5, 5, 4],
    comment: 'Har oplært tre elever med stor succes.',
  },
];

async function userIdOf(db: DbOrTx, email: string) {
  const rows = await db.query.users.findMany({
    where: (u, { eq }) => eq(u.email, email),
    limit: 1,
  });
  return rows[0]?.id ?? null;
}

async function seedApplicants(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programId: string,
  applicants: Applicant[],
  now: Date,
  coordinatorId: string | null,
) {
  for (const a of applicants) {
    const { user } = await buildMember(db, organisationId, {
      email: a.email,
      name: a.name,
      roles: ['mentor'],
      password: DEMO_PASSWORD,
    });
    const appliedAt = new Date(now.getTime() - a.daysAgo * DAY);
    const changedAt = new Date(appliedAt.getTime() + Math.max(1, a.daysAgo - 1) * 0.5 * DAY);
    const row = await buildProgramMentor(db, organisationId, programId, {
      userId: user.id,
      stage: 'applied',
      source: 'application',
      profile: testProfile(a.profile),
      now: appliedAt,
    });
    await db
      .update(programMentors)
      .set({
        stage: a.stage,
        motivation: a.motivation,
        experience: a.experience,
        birthYear: a.birthYear,
        phone: a.phone ?? null,
        capacity: 1,
        exitReason: a.exitReason ?? null,
        stageChangedAt: a.stage === 'applied' ? appliedAt : changedAt,
      })
      .where(eq(programMentors.id, row.id));
    await recordMentorEvent(db, organisationId, row.id, 'applied', appliedAt, user.id);
    if (a.stage === 'screening') {
      await recordMentorEvent(
        db,
        organisationId,
        row.id,
        'stage_changed',
        changedAt,
        coordinatorId,
        {
          from: 'applied',
          to: 'screening',
        },
      );
    } else if (a.stage === 'rejected') {
      await recordMentorEvent(db, organisationId, row.id, 'rejected', changedAt, coordinatorId, {
        from: 'applied',
        reason: a.exitReason ?? null,
      });
    } else if (a.stage === 'withdrawn') {
      await recordMentorEvent(db, organisationId, row.id, 'withdrawn', changedAt, user.id, {
        from: 'applied',
      });
    }
  }
}

/**
 * Mentors at every screening stage and HR nominations (issue 4). Called by the demo seed
 * with the demo programs by type: applicants (applied, screening, rejected with a reason,
 * withdrawn) in the school and leisure programs; in the workplace program a nomination by
 * hr@demo.test waiting for the employee, one accepted and waiting for the coordinator, one
 * approved (screening), and an employee not yet nominated (for the browser journey).
 */
export async function seedRecruitment(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programIdByType: Map<string, string>,
  now: Date,
) {
  const hrId = await userIdOf(db, HR);
  const coordinatorId = await userIdOf(db, COORDINATOR);
  const school = programIdByType.get('school');
  const leisure = programIdByType.get('leisure');
  const workplace = programIdByType.get('workplace');
  if (school)
    await seedApplicants(db, organisationId, school, schoolApplicants, now, coordinatorId);
  if (leisure) {
    await seedApplicants(db, organisationId, leisure, leisureApplicants, now, coordinatorId);
  }
  if (!workplace) return;
  await buildMember(db, organisationId, {
    email: DEMO_EMPLOYEE.email,
    name: DEMO_EMPLOYEE.name,
    roles: ['mentor'],
    password: DEMO_PASSWORD,
  });
  for (const n of workplaceNominees) {
    const { user } = await buildMember(db, organisationId, {
      email: n.email,
      name: n.name,
      roles: ['mentor'],
      password: DEMO_PASSWORD,
    });
    const at = new Date(now.getTime() - n.daysAgo * DAY);
    const respondedAt = n.response === 'accepted' ? new Date(at.getTime() + DAY) : null;
    const decidedAt = n.decision === 'approved' ? new Date(at.getTime() + 2 * DAY) : null;
    const stage = n.decision === 'approved' ? 'screening' : 'nominated';
    const row = await buildProgramMentor(db, organisationId, workplace, {
      userId: user.id,
      stage,
      source: 'nomination',
      profile: testProfile({
        interests: ['cooking', 'football'],
        goals: ['career_choice'],
        place: 'Vejle',
      }),
      now: at,
    });
    await db
      .update(programMentors)
      .set({ consentAt: respondedAt, stageChangedAt: decidedAt ?? at })
      .where(eq(programMentors.id, row.id));
    await db.insert(nominations).values({
      id: newId(),
      organisationId,
      programMentorId: row.id,
      nominatedBy: hrId,
      worksWellWithOthers: n.ratings[0],
      positiveAttitude: n.ratings[1],
      performsDuties: n.ratings[2],
      comment: n.comment,
      response: n.response,
      respondedAt,
      decision: n.decision,
      decidedBy: decidedAt ? coordinatorId : null,
      decidedAt,
      createdAt: at,
    });
    await recordMentorEvent(db, organisationId, row.id, 'nominated', at, hrId);
    if (respondedAt) {
      await recordMentorEvent(
        db,
        organisationId,
        row.id,
        'nomination_accepted',
        respondedAt,
        user.id,
      );
    }
    if (decidedAt) {
      await recordMentorEvent(
        db,
        organisationId,
        row.id,
        'nomination_approved',
        decidedAt,
        coordinatorId,
      );
    }
  }
}
