/** Mentee intake (issue 4, "Mentees in"). */

export const menteeStatuses = ['waiting', 'matched', 'closed', 'withdrawn'] as const;
export type MenteeStatus = (typeof menteeStatuses)[number];

/** How the mentee was registered: by a guardian, by themselves (15+), or imported by HR. */
export const menteeSources = ['guardian', 'self', 'import'] as const;
export type MenteeSource = (typeof menteeSources)[number];

/** Digital consent age in Denmark: younger mentees act through a guardian. */
export const DIGITAL_CONSENT_AGE = 15;
