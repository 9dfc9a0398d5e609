import type { ChildCertificateRule, MeetingCadence } from '../../../contracts/programs';

export type { ChildCertificateRule, MeetingCadence };

/** Compiles only when `values` lists every member of the union T, in the order given. */
const allOf =
  <T>() =>
  <const A extends readonly T[]>(
    values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never),
  ) =>
    values;

// The contract's arrays live in a module that builds zod schemas; importing them would put
// zod in the browser bundle, so the web keeps type-checked copies.
export const childCertificateRules = allOf<ChildCertificateRule>()([
  'never',
  'when_under_15',
  'always',
]);
export const meetingCadences = allOf<MeetingCadence>()(['monthly', 'fortnightly', 'weekly']);
