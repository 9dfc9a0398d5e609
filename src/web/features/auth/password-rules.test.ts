import { expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH as contractMinimum } from '../../../contracts/accounts';
import { MIN_PASSWORD_LENGTH } from './password-rules';

it('asks for the same minimum password length as the server', () => {
  expect(MIN_PASSWORD_LENGTH).toBe(contractMinimum);
});
