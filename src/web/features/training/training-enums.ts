import type { Attendance, ItemKind } from '../../api/training';

// Copies of the contract's lists, so the web app does not load zod for them
// (training-enums.test.ts keeps them equal).
export const attendanceValues = [
  'present',
  'late',
  'absent',
  'excused',
] as const satisfies readonly Attendance[];
export const itemKinds = [
  'lesson',
  'quiz',
  'in_person',
  'code_of_conduct',
  'reflection',
] as const satisfies readonly ItemKind[];
