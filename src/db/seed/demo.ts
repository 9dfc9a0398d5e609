import { count } from 'drizzle-orm';
import type { Role } from '../../contracts/roles';
import { organisations } from '../../features/organisations/tables';
import type { Db } from '../client';
import { buildMember, buildOrganisation, buildProgram } from '../factories';
import { seedMatchingProfiles } from './demo-matching';
import { seedMentees } from './demo-mentees';
import { seedRecruitment } from './demo-recruitment';
import { seedRelationships } from './demo-relationships';
import { seedScreening } from './demo-screening';
import { schoolTrainingStages, seedTrainingStages } from './demo-training';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_ORGANISATION = 'Mentorforeningen Demo';

/** The fixed demo logins of API-CONTRACT.md, with the roles each one shows off. */
export const demoLogins: { email: string; name: string; roles: Role[]; note: string }[] = [
  { email: 'admin@demo.test', name: 'Anne Admin', roles: ['admin'], note: 'admin' },
  {
    email: 'coordinator@demo.test',
    name: 'Karim Koordinator',
    roles: ['coordinator'],
    note: 'coordinator',
  },
  { email: 'trainer@demo.test', name: 'Trine Træner', roles: ['trainer'], note: 'trainer' },
  { email: 'hr@demo.test', name: 'Henrik HR', roles: ['hr'], note: 'HR (workplace program)' },
  {
    email: 'safeguarding@demo.test',
    name: 'Sara Sikkerhed',
    roles: ['safeguarding'],
    note: 'safeguarding lead',
  },
  {
    email: 'mentor@demo.test',
    name: 'Mads Mentor',
    roles: ['mentor'],
    note: 'mentor, certified (school)',
  },
  {
    email: 'trainee@demo.test',
    name: 'Tina Træning',
    roles: ['mentor'],
    note: 'mentor in training (school)',
  },
  { email: 'guardian@demo.test', name: 'Gitte Forælder', roles: ['guardian'], note: 'guardian' },
  {
    email: 'student@demo.test',
    name: 'Sofie Studerende',
    roles: ['mentee'],
    note: 'mentee (career)',
  },
];

/** More people, so lists look like an organisation's. */
const extraMembers: { name: string; roles: Role[] }[] = [
  { name: 'Jonas Nielsen', roles: ['mentor'] },
  { name: 'Fatima Hassan', roles: ['mentor'] },
  { name: 'Peter Sørensen', roles: ['mentor'] },
  { name: 'Emma Larsen', roles: ['mentor', 'trainer'] },
  { name: 'Ali Yılmaz', roles: ['mentor'] },
  { name: 'Ida Kristensen', roles: ['mentee'] },
  { name: 'Noah Pedersen', roles: ['mentee'] },
  { name: 'Maja Jensen', roles: ['guardian'] },
];

/** Creates the demo organisation once, on an empty database; answers whether it did. */
export async function seedDemo(db: Db): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0) return false;
  await db.transaction(async (tx) => {
    const org = await buildOrganisation(tx, { name: DEMO_ORGANISATION });
    const programs = [
      {
        type: 'school' as const,
        name: 'Lektiehjælp Nørrebro',
        description:
          'Frivillige mentorer hjælper skolebørn med lektier og gode studievaner efter skoletid.',
      },
      {
        type: 'leisure' as const,
        name: 'Fritidsven Aarhus',
        description:
          'Mentorer følger børn til sport og fritidsaktiviteter og hjælper dem med at få venner.',
      },
      {
        type: 'career' as const,
        name: 'Karrieremakker',
        description:
          'Gymnasieelever følger en mentor på arbejde i et par dage og bygger kontakter.',
      },
      {
        type: 'workplace' as const,
        name: 'Ny medarbejder-mentor',
        description: 'Erfarne medarbejdere, indstillet af HR, hjælper nye kolleger godt i gang.',
      },
    ];
    const programIds = new Map<string, string>();
    for (const program of programs) {
      const row = await buildProgram(tx, org.id, { ...program, status: 'published' });
      programIds.set(program.type, row.id);
    }
    await buildProgram(tx, org.id, {
      type: 'custom',
      name: 'Sommerskole-mentor (kladde)',
      description: 'Et nyt program under udarbejdelse.',
    });
    const membershipIdByEmail = new Map<string, string>();
    for (const login of demoLogins) {
      const { membership } = await buildMember(tx, org.id, {
        email: login.email,
        name: login.name,
        roles: login.roles,
        password: DEMO_PASSWORD,
      });
      membershipIdByEmail.set(login.email, membership.id);
    }
    for (const [i, member] of extraMembers.entries()) {
      const email = `${member.name
        .split(' ')[0]
        ?.toLowerCase()
        .replace(/[^a-z]/g, '')}${i}@demo.test`;
      const { membership } = await buildMember(tx, org.id, {
        email,
        name: member.name,
        roles: member.roles,
        password: DEMO_PASSWORD,
      });
      membershipIdByEmail.set(email, membership.id);
    }
    await buildMember(tx, org.id, {
      email: 'invited@demo.test',
      name: 'Ole Inviteret',
      roles: ['mentor'],
      password: null,
      status: 'invited',
    });
    const school = programIds.get('school');
    if (school) {
      await seedTrainingStages(
        tx,
        org.id,
        school,
        schoolTrainingStages,
        membershipIdByEmail,
        new Date(),
      );
    }
    await seedRecruitment(tx, org.id, programIds, new Date());
    await seedScreening(tx, org.id, programIds, new Date());
    await seedMentees(tx, org.id, programIds, new Date());
    await seedMatchingProfiles(tx, org.id, programIds, new Date());
    await seedRelationships(tx, org.id, programIds, new Date());
  });
  return true;
}
