import type { Page } from '@playwright/test';
import { apiAs, ensureApiToken, invitationPath, organisationId, programId } from './demo';
import { chooseLocale, type Locale, signIn } from './fixtures';

/** What a screen needs that only the running demo can tell (ids, links). */
export interface DemoFacts {
  draftProgramId: string;
  publishedProgramId: string;
  invitationPath: string;
}

export interface Screen {
  name: string;
  /** Left out of the accessibility run when another screen already has the same parts. */
  sameAs?: string;
  /** Who is signed in; none for the pages before sign-in. */
  as?: string;
  path: (facts: DemoFacts) => string;
  /** Brings the screen into the state worth looking at (a dialog opened, …). */
  prepare?: (page: Page) => Promise<void>;
}

/** Every page of the web app, in the states a person meets them. */
export const screens: Screen[] = [
  { name: 'login', path: () => '/login' },
  { name: 'forgot-password', path: () => '/forgot-password' },
  { name: 'reset-password', path: () => '/reset-password?token=link-from-the-e-mail' },
  { name: 'invitation', path: (facts) => facts.invitationPath },
  { name: 'home-admin', as: 'admin@demo.test', path: () => '/' },
  { name: 'members', as: 'admin@demo.test', path: () => '/members' },
  {
    name: 'members-invite',
    as: 'admin@demo.test',
    path: () => '/members',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Invitér medlem|Invite member)$/ }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'programs', as: 'admin@demo.test', path: () => '/programs' },
  { name: 'program-new', as: 'admin@demo.test', path: () => '/programs/new' },
  {
    name: 'program-new-below-floor',
    as: 'admin@demo.test',
    path: () => '/programs/new',
    prepare: async (page) => {
      // What a person sees when the server refuses a setting below the type's floor.
      await page.getByLabel(/^(Navn|Name)/).fill('Lektiecafé');
      await page.getByLabel(/^(Træningens længde|Length of training)/).fill('30');
      await page.getByRole('button', { name: /^(Opret kladde|Create draft)$/ }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'program-edit',
    as: 'admin@demo.test',
    path: (facts) => `/programs/${facts.draftProgramId}`,
  },
  { name: 'settings', as: 'admin@demo.test', path: () => '/settings' },
  { name: 'api-tokens', as: 'admin@demo.test', path: () => '/api-tokens' },
  {
    name: 'outbox',
    as: 'admin@demo.test',
    path: () => '/outbox',
    prepare: async (page) => {
      // Open the newest mail, so its text is on the screen too.
      await page.getByRole('main').getByRole('button').first().click();
      await page.getByRole('region').first().waitFor();
    },
  },
  { name: 'home-trainer', as: 'trainer@demo.test', path: () => '/' },
  { name: 'home-hr', sameAs: 'home-trainer', as: 'hr@demo.test', path: () => '/' },
  {
    name: 'home-safeguarding',
    sameAs: 'home-trainer',
    as: 'safeguarding@demo.test',
    path: () => '/',
  },
  { name: 'home-guardian', as: 'guardian@demo.test', path: () => '/' },
  { name: 'home-student', as: 'student@demo.test', path: () => '/' },
  { name: 'home-mentor', as: 'mentor@demo.test', path: () => '/' },
  { name: 'programs-mentor', sameAs: 'programs', as: 'mentor@demo.test', path: () => '/programs' },
  {
    name: 'program-mentor',
    as: 'mentor@demo.test',
    path: (facts) => `/programs/${facts.publishedProgramId}`,
  },
];

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 812 },
} as const;

/** Sets up the demo for the screens: an API token, ids, and a fresh invitation link. */
export async function demoFacts(baseURL: string, invitee: string): Promise<DemoFacts> {
  const api = await apiAs(baseURL, 'admin@demo.test');
  const orgId = await organisationId(api);
  await ensureApiToken(api, orgId);
  const facts = {
    draftProgramId: await programId(api, orgId, 'draft'),
    publishedProgramId: await programId(api, orgId, 'published'),
    invitationPath: await invitationPath(api, orgId, {
      email: invitee,
      name: 'Sara Skærmbillede',
      locale: 'da',
    }),
  };
  await api.dispose();
  return facts;
}

/**
 * Visits every screen in turn in one page, signing in as each screen's person only when
 * the person changes (the loop is much faster than a fresh browser per screen).
 */
export async function visitScreens(
  page: Page,
  facts: DemoFacts,
  locale: Locale,
  onScreen: (screen: Screen) => Promise<void>,
  include: (screen: Screen) => boolean = () => true,
): Promise<void> {
  await chooseLocale(page, locale);
  let signedInAs: string | undefined;
  let loaded = false;
  for (const screen of screens.filter(include)) {
    const samePerson = loaded && screen.as !== undefined && screen.as === signedInAs;
    if (samePerson) {
      // Within one person's session: move like a click on a link does, without reloading.
      // The old page's heading is marked, so waiting for the new one cannot stop at it.
      await page.evaluate((path) => {
        if (`${window.location.pathname}${window.location.search}` === path) return;
        for (const heading of document.querySelectorAll('h1')) heading.dataset.stale = 'true';
        window.history.pushState({}, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, screen.path(facts));
    } else {
      if (screen.as !== signedInAs) {
        if (screen.as) await signIn(page, screen.as, locale);
        else await page.context().clearCookies();
        signedInAs = screen.as;
      }
      await page.goto(screen.path(facts));
      loaded = true;
    }
    await settle(page, screen.path(facts));
    await screen.prepare?.(page);
    await onScreen(screen);
  }
}

/** Waits until the page shows its data: its heading is there and no loader is showing. */
export async function settle(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
  await page.locator('h1:not([data-stale])').first().waitFor();
  await page
    .locator('.mantine-Loader-root, .mantine-Skeleton-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 });
}
