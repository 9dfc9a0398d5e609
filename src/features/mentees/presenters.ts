import type { MenteeListItem, MenteeRecord, MyMentee } from '../../contracts/mentee-intake';
import type { MenteeRow } from './queries';
import { ageAt, isChild } from './rules';

/** A row of the mentees list: no needs, no contact, whoever the mentee is. */
export function presentListItem(row: MenteeRow, at: Date): MenteeListItem {
  return {
    id: row.id,
    name: row.name,
    age: ageAt(row.birthDate, at),
    child: isChild(row.birthDate, at),
    status: row.status,
    source: row.source,
    waitingSince: row.waitingSince.toISOString(),
    languages: row.profile.languages,
    place: row.profile.place,
    employeeId: row.externalRef,
  };
}

export function presentRecord(
  view: {
    mentee: MenteeRow;
    programName: string;
    guardianName: string | null;
    guardianEmail: string | null;
  },
  at: Date,
  viewLogged: boolean,
): MenteeRecord {
  const { mentee } = view;
  return {
    ...presentListItem(mentee, at),
    programId: mentee.programId,
    programName: view.programName,
    birthDate: mentee.birthDate,
    needs: mentee.needs,
    profile: mentee.profile,
    email: mentee.email,
    phone: mentee.phone,
    guardian:
      view.guardianName !== null && view.guardianEmail !== null
        ? { name: view.guardianName, email: view.guardianEmail }
        : null,
    department: mentee.department,
    startDate: mentee.startDate,
    consentAt: mentee.consentAt.toISOString(),
    createdAt: mentee.createdAt.toISOString(),
    updatedAt: mentee.updatedAt.toISOString(),
    viewLogged,
  };
}

export function presentMine(
  view: { mentee: MenteeRow; programName: string },
  userId: string,
  at: Date,
): MyMentee {
  const { mentee } = view;
  return {
    id: mentee.id,
    // For staff (who are neither): a child's record when it has a guardian.
    relation: mentee.userId !== userId && mentee.guardianUserId ? 'child' : 'self',
    programId: mentee.programId,
    programName: view.programName,
    name: mentee.name,
    birthDate: mentee.birthDate,
    age: ageAt(mentee.birthDate, at),
    status: mentee.status,
    waitingSince: mentee.waitingSince.toISOString(),
    needs: mentee.needs,
    profile: mentee.profile,
    phone: mentee.phone,
  };
}
