import { eq } from 'drizzle-orm';
import type { MenteeSource } from '../../contracts/mentees';
import type { Profile } from '../../contracts/profile';
import { users } from '../../features/accounts/tables';
import { mentees } from '../../features/mentees/tables';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';
import { buildMember } from '../factories';
import { newId } from '../ids';

const DAY = 86_400_000;

interface DemoMentee {
  program: 'school' | 'leisure' | 'career' | 'workplace';
  name: string;
  age: number;
  /** Days on the waiting list. */
  waitingDays: number;
  needs: string;
  profile: Partial<Profile> & Pick<Profile, 'languages' | 'place'>;
  /** A child's guardian, by e-mail (made, invited, when not a demo login). */
  guardian?: { email: string; name: string };
  /** The mentee's own login (students), by e-mail. */
  self?: string;
  /** An imported employee: employee id and e-mail. */
  employee?: { id: string; email: string };
}

const demoMentees: DemoMentee[] = [
  {
    program: 'school',
    name: 'Lukas Forælder',
    age: 10,
    waitingDays: 12,
    needs: 'Har svært ved at komme i gang med lektierne, især dansk stil og læsning.',
    profile: {
      languages: ['da'],
      interests: ['football', 'gaming', 'drawing'],
      goals: ['homework', 'school_motivation'],
      availability: ['tue_afternoon', 'thu_afternoon'],
      place: 'København N',
      maxTravelKm: 5,
      gender: 'male',
      genderPreference: null,
    },
    guardian: { email: 'guardian@demo.test', name: 'Gitte Forælder' },
  },
  {
    program: 'school',
    name: 'Ahmed Hussein',
    age: 11,
    waitingDays: 30,
    needs: 'Matematik og engelsk; familien taler arabisk derhjemme.',
    profile: {
      languages: ['da', 'ar'],
      interests: ['football', 'science', 'chess'],
      goals: ['homework', 'danish_language'],
      availability: ['mon_afternoon', 'wed_afternoon'],
      place: 'København NV',
      maxTravelKm: 5,
      gender: 'male',
      genderPreference: 'male',
    },
    guardian: { email: 'hussein.familie@demo.test', name: 'Leila Hussein' },
  },
  {
    program: 'school',
    name: 'Ella Madsen',
    age: 8,
    waitingDays: 5,
    needs: 'Læsetræning; bliver hurtigt usikker.',
    profile: {
      languages: ['da'],
      interests: ['drawing', 'animals', 'reading'],
      goals: ['homework', 'self_confidence'],
      availability: ['wed_afternoon', 'fri_afternoon'],
      place: 'Frederiksberg',
      maxTravelKm: 4,
      gender: 'female',
      genderPreference: 'female',
    },
    guardian: { email: 'madsen.familie@demo.test', name: 'Thomas Madsen' },
  },
  {
    program: 'school',
    name: 'Liam Andersen',
    age: 13,
    waitingDays: 19,
    needs: 'Vil gerne blive bedre til fysik og kemi før 9. klasse.',
    profile: {
      languages: ['da', 'en'],
      interests: ['programming', 'robotics', 'gaming'],
      goals: ['homework', 'education_choice'],
      availability: ['tue_evening', 'thu_afternoon'],
      place: 'Valby',
      maxTravelKm: 8,
      gender: 'male',
      genderPreference: null,
    },
    guardian: { email: 'andersen.familie@demo.test', name: 'Mette Andersen' },
  },
  {
    program: 'leisure',
    name: 'Sofia Jensen',
    age: 10,
    waitingDays: 21,
    needs: 'Vil gerne starte til håndbold, men tør ikke gå alene.',
    profile: {
      languages: ['da', 'pl'],
      interests: ['handball', 'dance', 'music_listening'],
      goals: ['social_life', 'self_confidence'],
      availability: ['sat_morning', 'wed_afternoon'],
      place: 'Aarhus V',
      maxTravelKm: 6,
      gender: 'female',
      genderPreference: 'female',
    },
    guardian: { email: 'maja7@demo.test', name: 'Maja Jensen' },
  },
  {
    program: 'leisure',
    name: 'Zainab Ali',
    age: 9,
    waitingDays: 40,
    needs: 'Ny i Aarhus; savner nogen at gå til svømning med.',
    profile: {
      languages: ['da', 'so'],
      interests: ['swimming', 'drawing', 'cooking'],
      goals: ['social_life', 'everyday_life_in_denmark'],
      availability: ['sun_morning', 'thu_afternoon'],
      place: 'Aarhus V',
      maxTravelKm: 5,
      gender: 'female',
      genderPreference: 'female',
    },
    guardian: { email: 'ali.familie@demo.test', name: 'Hodan Ali' },
  },
  {
    program: 'leisure',
    name: 'Victor Holm',
    age: 12,
    waitingDays: 8,
    needs: 'Går meget alene; kunne godt tænke sig at prøve fiskeri eller skak.',
    profile: {
      languages: ['da'],
      interests: ['fishing', 'chess', 'nature'],
      goals: ['social_life'],
      availability: ['sat_afternoon', 'sun_afternoon'],
      place: 'Viby J',
      maxTravelKm: 10,
      gender: 'male',
      genderPreference: null,
    },
    guardian: { email: 'holm.familie@demo.test', name: 'Jens Holm' },
  },
  {
    program: 'career',
    name: 'Sofie Studerende',
    age: 17,
    waitingDays: 10,
    needs: 'Overvejer sygeplejerske eller fysioterapeut; vil gerne se en arbejdsdag.',
    profile: {
      languages: ['da', 'en'],
      interests: ['running', 'science', 'volunteering'],
      goals: ['career_choice', 'education_choice'],
      availability: ['mon_morning', 'fri_morning'],
      place: 'Roskilde',
      maxTravelKm: 30,
      gender: 'female',
      genderPreference: null,
    },
    self: 'student@demo.test',
  },
  {
    program: 'career',
    name: 'Ida Kristensen',
    age: 18,
    waitingDays: 3,
    needs: 'Interesseret i it og ingeniørfaget.',
    profile: {
      languages: ['da', 'en'],
      interests: ['programming', 'math', 'gaming'],
      goals: ['career_choice', 'networking'],
      availability: ['wed_morning'],
      place: 'Odense',
      maxTravelKm: 25,
      gender: 'female',
      genderPreference: 'female',
    },
    self: 'ida5@demo.test',
  },
  {
    program: 'workplace',
    name: 'Noah Pedersen',
    age: 24,
    waitingDays: 6,
    needs: '',
    profile: {
      languages: ['da'],
      interests: ['cycling', 'board_games'],
      goals: ['networking', 'self_confidence'],
      availability: ['tue_morning', 'thu_morning'],
      place: 'Vejle',
      maxTravelKm: 20,
      gender: 'male',
      genderPreference: null,
    },
    employee: { id: 'MED-1001', email: 'noah6@demo.test' },
  },
  {
    program: 'workplace',
    name: 'Mona Berg',
    age: 31,
    waitingDays: 6,
    needs: '',
    profile: {
      languages: ['da', 'en'],
      interests: ['running', 'cooking'],
      goals: ['networking'],
      availability: ['wed_morning'],
      place: 'Kolding',
      maxTravelKm: 30,
      gender: 'female',
      genderPreference: null,
    },
    employee: { id: 'MED-1002', email: 'mona.berg@demo.test' },
  },
  {
    program: 'workplace',
    name: 'Yusuf Demir',
    age: 27,
    waitingDays: 6,
    needs: '',
    profile: {
      languages: ['da', 'tr', 'en'],
      interests: ['football', 'programming'],
      goals: ['networking', 'danish_language'],
      availability: ['mon_afternoon', 'thu_afternoon'],
      place: 'Fredericia',
      maxTravelKm: 25,
      gender: 'male',
      genderPreference: null,
    },
    employee: { id: 'MED-1003', email: 'yusuf.demir@demo.test' },
  },
];

function birthDateFor(age: number, now: Date, offsetDays: number) {
  const d = new Date(now.getTime() - offsetDays * DAY);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return d.toISOString().slice(0, 10);
}

/** The demo login or extra member with this e-mail, or a new invited member with the role. */
async function personFor(
  db: DbOrTx,
  organisationId: string,
  email: string,
  name: string,
  role: 'guardian' | 'mentee',
) {
  const [existing] = await db.select().from(users).where(eq(users.email, email));
  if (existing) return existing.id;
  const { user } = await buildMember(db, organisationId, {
    email,
    name,
    roles: [role],
    password: null,
    status: 'invited',
  });
  return user.id;
}

/**
 * Mentees waiting in every demo program: guardian@demo.test's child in the school
 * program, student@demo.test in the career program, more children with varied profiles
 * in the school and leisure programs, and imported employees in the workplace program.
 */
export async function seedMentees(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programIdByType: Map<string, string>,
  now: Date,
) {
  for (const [i, m] of demoMentees.entries()) {
    const programId = programIdByType.get(m.program);
    if (!programId) continue;
    const guardianUserId = m.guardian
      ? await personFor(db, organisationId, m.guardian.email, m.guardian.name, 'guardian')
      : null;
    const ownEmail = m.self ?? m.employee?.email ?? null;
    const userId = ownEmail
      ? await personFor(db, organisationId, ownEmail, m.name, 'mentee')
      : null;
    const source: MenteeSource = m.employee ? 'import' : m.guardian ? 'guardian' : 'self';
    const since = new Date(now.getTime() - m.waitingDays * DAY);
    await db.insert(mentees).values({
      id: newId(since.getTime()),
      organisationId,
      programId,
      name: m.name,
      birthDate: birthDateFor(m.age, now, 20 + i * 11),
      status: 'waiting',
      source,
      userId,
      guardianUserId,
      email: m.guardian?.email ?? ownEmail,
      phone: m.guardian ? `+45 2${String(1000000 + i * 7919).slice(0, 7)}` : null,
      needs: m.needs,
      profile: {
        interests: [],
        goals: [],
        availability: [],
        maxTravelKm: 15,
        gender: null,
        genderPreference: null,
        ...m.profile,
      },
      consentAt: since,
      externalRef: m.employee?.id ?? null,
      waitingSince: since,
      createdAt: since,
      updatedAt: since,
    });
  }
}
