import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

export type Locale = 'da' | 'en';

/** Fixes this browser's language before any page loads (what the language switch stores). */
export async function chooseLocale(page: Page, locale: Locale): Promise<void> {
  await page.addInitScript((chosen) => {
    window.localStorage.setItem('mentorpath.locale', chosen);
  }, locale);
}

/**
 * Signs in through the API (fast; the journey signs in through the form) and fixes this
 * browser's language, so parallel tests with the same person do not switch each other's.
 */
export async function signIn(page: Page, email: string, locale: Locale = 'da'): Promise<void> {
  await page.context().clearCookies();
  const response = await page.request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status(), `sign in as ${email}`).toBe(200);
  await chooseLocale(page, locale);
}

export const test = base.extend<{ login: (email: string, locale?: Locale) => Promise<void> }>({
  login: async ({ page }, use) => {
    await use((email, locale) => signIn(page, email, locale));
  },
});

/** The page scrolls sideways when its content is wider than the window. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * Collects what the page reports as errors: uncaught exceptions, console errors, CSP
 * refusals. Chromium also logs every 4xx answer, which the app handles (a 401 from /me is
 * how a signed-out visit is told apart; a 400 carries a form's field messages): not errors.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/status of 4\d\d/.test(text)) return;
    errors.push(`${page.url()}: ${text}`);
  });
  return errors;
}

export { expect };
