import { expect, it } from 'vitest';
import * as contract from '../../../contracts/training';
import { attendanceValues, itemKinds } from './training-enums';

it('match the contract', () => {
  expect(attendanceValues).toEqual(contract.attendanceValues);
  expect(itemKinds).toEqual(contract.itemKinds);
});
