import { type Role, roles } from './roles';

/**
 * Who may do what inside an organisation, by role. The server's routes declare
 * these permissions and the web app reads the same table to hide what would be refused.
 */
export const permissions = {
  /** Every member, whatever their roles. */
  'organisation.read': roles,
  'members.read': ['admin', 'coordinator'],
  'members.manage': ['admin'],
  'programs.readAll': ['admin', 'coordinator', 'trainer', 'hr', 'safeguarding'],
  'programs.manage': ['admin', 'coordinator'],
  'apiTokens.manage': ['admin'],
  'outbox.read': ['admin'],
  /** Take training: one's own enrolments; staff read anyone's through training.viewAll. */
  'training.take': ['admin', 'coordinator', 'trainer', 'mentor'],
  'training.viewAll': ['admin', 'coordinator', 'trainer'],
  'training.enrol': ['admin', 'coordinator'],
  /** Sessions, attendance, reflections to approve. */
  'training.deliver': ['admin', 'coordinator', 'trainer'],
  /** Read and edit curriculum drafts, publish, see lesson feedback. */
  'curriculum.edit': ['admin', 'coordinator', 'trainer'],
  /** The program's mentors with their gate status. */
  'mentors.read': ['admin', 'coordinator', 'trainer', 'safeguarding'],
  /** The pipeline: applicants and nominees, screening, interviews, references, timelines. */
  'recruitment.manage': ['admin', 'coordinator'],
  /** Nominate employees for workplace programs; see one's own nominees' status. */
  'nominations.create': ['admin', 'hr'],
  /** Record the steps of a child certificate (consent, ordered, received). */
  'childCertificates.record': ['admin', 'coordinator', 'safeguarding'],
  /** Approve or reject a child certificate with remarks (admins stand in where no one else does). */
  'childCertificates.decide': ['admin', 'safeguarding'],
  /** Mentees' records: intake, the list, a child's record (every view audit-logged). */
  'mentees.read': ['admin', 'coordinator', 'safeguarding'],
  'mentees.manage': ['admin', 'coordinator'],
  /** Import new employees as mentees in workplace programs. */
  'mentees.import': ['admin', 'coordinator', 'hr'],
  'audit.read': ['admin'],
  /** The program's matches; creating one (through the gate). */
  'matches.read': ['admin', 'coordinator', 'safeguarding'],
  'matches.manage': ['admin', 'coordinator'],
  /** Check-ins with both sides of a match: record them, see what is due and overdue. */
  'checkIns.manage': ['admin', 'coordinator'],
  /** Concerns: only the safeguarding lead and admins read and handle them. */
  'concerns.handle': ['admin', 'safeguarding'],
  /** "How can we help?": the coordinators' inbox. */
  'help.answer': ['admin', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Every permission with whether these roles hold it; sent to the web app with /me. */
export function permissionsOf(roles: readonly Role[]): Record<Permission, boolean> {
  return Object.fromEntries(
    (Object.keys(permissions) as Permission[]).map((p) => [p, can(roles, p)]),
  ) as Record<Permission, boolean>;
}
