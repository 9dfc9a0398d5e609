/**
 * The shortest password the server accepts. A copy of the contract's MIN_PASSWORD_LENGTH:
 * that module builds zod schemas, which would otherwise come along into the browser.
 * password-rules.test.ts keeps the two equal.
 */
export const MIN_PASSWORD_LENGTH = 10;
