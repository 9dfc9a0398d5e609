import { and, eq } from 'drizzle-orm';
import type { Profile } from '../../contracts/profile';
import { users } from '../../features/accounts/tables';
import { programMentors } from '../../features/recruitment/tables';
import type { AuthorizedOrgId } from '../../server/lib/access';
import type { DbOrTx } from '../client';

interface DemoMentorProfile {
  email: string;
  birthYear: number;
  capacity: number;
  profile: Profile;
}

/**
 * Matching profiles of the school program's mentors (demo-training.ts), in real towns of the
 * gazetteer. Mads Mentor (mentor@demo.test) lives in København, likes what Lukas (the child
 * of guardian@demo.test, København N) likes and is free the same afternoons: the suggestions
 * pair them. Jonas suits Ahmed (Arabic, a male mentor wished for); Ella wishes for a female
 * mentor, and the only one (Fatima) must take a refresher first: Ella waits.
 */
const schoolMentors: DemoMentorProfile[] = [
  {
    email: 'mentor@demo.test',
    birthYear: 1990,
    capacity: 2,
    profile: {
      languages: ['da', 'en'],
      interests: ['football', 'gaming', 'drawing', 'reading'],
      goals: ['homework', 'school_motivation', 'self_confidence'],
      availability: ['tue_afternoon', 'wed_afternoon', 'thu_afternoon'],
      place: 'København',
      maxTravelKm: 10,
      gender: 'male',
      genderPreference: null,
    },
  },
  {
    email: 'jonas0@demo.test',
    birthYear: 1985,
    capacity: 1,
    profile: {
      languages: ['da', 'ar'],
      interests: ['chess', 'science', 'football'],
      goals: ['homework', 'danish_language'],
      availability: ['mon_afternoon', 'wed_afternoon'],
      place: 'Frederiksberg',
      maxTravelKm: 10,
      gender: 'male',
      genderPreference: null,
    },
  },
  {
    email: 'fatima1@demo.test',
    birthYear: 1979,
    capacity: 2,
    profile: {
      languages: ['da', 'ar', 'en'],
      interests: ['reading', 'drawing', 'animals', 'cooking'],
      goals: ['homework', 'self_confidence', 'danish_language'],
      availability: ['wed_afternoon', 'fri_afternoon'],
      place: 'Frederiksberg',
      maxTravelKm: 8,
      gender: 'female',
      genderPreference: null,
    },
  },
  {
    email: 'ali4@demo.test',
    birthYear: 1996,
    capacity: 1,
    profile: {
      languages: ['da', 'ar', 'so'],
      interests: ['football', 'programming', 'gaming'],
      goals: ['homework', 'education_choice'],
      availability: ['tue_evening', 'thu_afternoon'],
      place: 'Valby',
      maxTravelKm: 10,
      gender: 'male',
      genderPreference: null,
    },
  },
  {
    email: 'trainee@demo.test',
    birthYear: 1999,
    capacity: 1,
    profile: {
      languages: ['da'],
      interests: ['dance', 'music_listening', 'reading'],
      goals: ['homework', 'social_life'],
      availability: ['mon_afternoon', 'thu_afternoon'],
      place: 'Roskilde',
      maxTravelKm: 15,
      gender: 'female',
      genderPreference: null,
    },
  },
];

/**
 * Gives the school program's mentors their matching profile, birth year and capacity, so
 * match suggestions have a cohort to work on. Call after the training stages are seeded.
 */
export async function seedMatchingProfiles(
  db: DbOrTx,
  organisationId: AuthorizedOrgId,
  programIdByType: Map<string, string>,
  _now: Date,
) {
  const school = programIdByType.get('school');
  if (!school) return;
  for (const mentor of schoolMentors) {
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, mentor.email));
    if (!user) continue;
    await db
      .update(programMentors)
      .set({ profile: mentor.profile, birthYear: mentor.birthYear, capacity: mentor.capacity })
      .where(
        and(
          eq(programMentors.organisationId, organisationId),
          eq(programMentors.programId, school),
          eq(programMentors.userId, user.id),
        ),
      );
  }
}
