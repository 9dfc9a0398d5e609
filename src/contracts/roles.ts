export const roles = [
  'admin',
  'coordinator',
  'trainer',
  'hr',
  'safeguarding',
  'mentor',
  'mentee',
  'guardian',
] as const;
export type Role = (typeof roles)[number];

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
