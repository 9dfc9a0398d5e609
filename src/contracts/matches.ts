/** Matches (API-CONTRACT.md). */
export const matchStatuses = ['proposed', 'active', 'closed', 'declined'] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** What contact the mentee and mentor may have after the match is closed. */
export const contactRules = ['none', 'platform', 'direct'] as const;
export type ContactRule = (typeof contactRules)[number];
