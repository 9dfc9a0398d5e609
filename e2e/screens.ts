import type { Page } from '@playwright/test';
import { apiAs, ensureApiToken, invitationPath, organisationId, programId } from './demo';
import { chooseLocale, type Locale, signIn } from './fixtures';
import {
  createSession,
  enrol,
  passItem,
  programByName,
  publishedCurriculum,
  SCHOOL_PROGRAM,
} from './training-demo';

/** What a screen needs that only the running demo can tell (ids, links). */
export interface DemoFacts {
  draftProgramId: string;
  publishedProgramId: string;
  invitationPath: string;
  /** The school program, where mentors are in training at every stage. */
  schoolProgramId: string;
  /** A mentor part-way through the school program's training. */
  midwayEnrolmentId: string;
  /** The code of a certificate issued in the school program, and of an expired one. */
  certificateCode: string;
  expiredCertificateCode: string;
  /** A wrong option of each question of the quiz shown failed (question id → index). */
  wrongAnswers: Record<string, number>;
  /** An active school match (Karen Lund and Sara, if still open), and student@'s closed one. */
  activeMatchId: string;
  closedMatchId: string;
}

/**
 * The demo's mentors at their stages of the school program's training (the journey uses
 * trainee@demo.test): behind, certified long ago (a refresher is due soon), not started.
 */
const MIDWAY = 'peter2@demo.test';
const CERTIFIED = 'jonas0@demo.test';
const REFLECTING = 'emma3@demo.test';
const EXPIRED = 'fatima1@demo.test';
const MIDWAY_SESSION_PLACE = 'Nørrebro Bibliotek, Bragesgade 10';

export interface Screen {
  name: string;
  /** Left out of the accessibility run when another screen already has the same parts. */
  sameAs?: string;
  /** Who is signed in; none for the pages before sign-in. */
  as?: string;
  path: (facts: DemoFacts) => string;
  /** Brings the screen into the state worth looking at (a dialog opened, …). */
  prepare?: (page: Page, facts: DemoFacts) => Promise<void>;
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
  { name: 'home-training', as: MIDWAY, path: () => '/' },
  { name: 'my-training', as: MIDWAY, path: () => '/training' },
  {
    name: 'training-lesson',
    as: MIDWAY,
    path: (facts) => `/training/${facts.midwayEnrolmentId}/program-rules-role`,
  },
  {
    name: 'training-quiz',
    as: MIDWAY,
    path: (facts) => `/training/${facts.midwayEnrolmentId}/core-interacting-quiz`,
  },
  {
    name: 'training-quiz-result',
    sameAs: 'training-quiz',
    as: MIDWAY,
    path: (facts) => `/training/${facts.midwayEnrolmentId}/core-interacting-quiz`,
    prepare: async (page, facts) => {
      // A first try with a wrong answer everywhere, to see the answers explained. (From the
      // second run on, the last attempt shows explained: trying again brings the questions.)
      const retry = page.getByRole('button', { name: /^(Prøv igen|Try again)$/ }).first();
      if (await retry.isVisible()) await retry.click();
      for (const [questionId, index] of Object.entries(facts.wrongAnswers)) {
        await page.locator(`[id="question-${questionId}"] input`).nth(index).check();
      }
      await page.getByRole('button', { name: /^(Aflever svar|Submit answers)$/ }).click();
      await page
        .getByRole('heading', { name: /^(Svarene forklaret|The answers explained)$/ })
        .waitFor();
    },
  },
  {
    name: 'training-session',
    as: MIDWAY,
    path: (facts) => `/training/${facts.midwayEnrolmentId}/school-support-session`,
  },
  {
    name: 'training-conduct',
    as: MIDWAY,
    path: (facts) => `/training/${facts.midwayEnrolmentId}/code-of-conduct-children`,
  },
  {
    name: 'training-reflection',
    as: MIDWAY,
    path: (facts) => `/training/${facts.midwayEnrolmentId}/reflection-first-meeting`,
  },
  { name: 'my-training-certified', as: CERTIFIED, path: () => '/training' },
  {
    name: 'program-mentors',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/mentors`,
  },
  {
    name: 'program-mentors-enrol',
    sameAs: 'program-mentors',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/mentors`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Tilmeld mentor|Enrol a mentor)$/ }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'program-training',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/training`,
  },
  {
    name: 'curriculum',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/curriculum`,
  },
  {
    name: 'curriculum-edit-item',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/curriculum`,
    prepare: async (page) => {
      await page
        .getByRole('main')
        .getByRole('button', { name: /^(Din rolle som mentor|Your role as a mentor)/ })
        .click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'home-coordinator', as: 'coordinator@demo.test', path: () => '/' },
  {
    name: 'program-sessions',
    as: 'trainer@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/sessions`,
    prepare: async (page) => {
      // The session the demo's mentor signed up for (others come and go in other tests).
      const session = page.getByRole('listitem').filter({ hasText: MIDWAY_SESSION_PLACE });
      await session.getByRole('button', { name: /^(Fremmøde|Attendance)$/ }).click();
      await session.getByRole('radiogroup').first().waitFor();
    },
  },
  {
    name: 'program-sessions-new',
    sameAs: 'program-sessions',
    as: 'trainer@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/sessions`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Opret session|Schedule a session)$/ }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  // Mentees in: the public registration, the program's mentees, a guardian's children.
  { name: 'register-mentee', path: (facts) => `/register/${facts.schoolProgramId}` },
  {
    name: 'register-mentee-errors',
    sameAs: 'register-mentee',
    path: (facts) => `/register/${facts.schoolProgramId}`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Send tilmelding|Send registration)$/ }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'program-mentees',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/mentees`,
  },
  {
    name: 'program-mentees-record',
    sameAs: 'program-mentees',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/mentees`,
    prepare: async (page) => {
      await page
        .getByRole('button', { name: /^(Åbn oplysningerne om|Open the record of)/ })
        .first()
        .click();
      await page
        .getByRole('dialog')
        .getByText(/^(Til matchningen|For matching)$/)
        .waitFor();
    },
  },
  {
    name: 'program-mentees-import',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/mentees`,
    prepare: async (page) => {
      // The workplace program's tab, with a previewed file that has one bad row.
      const me = await (await page.request.get('/api/v1/me')).json();
      const orgId = me.memberships[0].organisationId;
      const programs = await (
        await page.request.get(`/api/v1/organisations/${orgId}/programs`)
      ).json();
      const workplace = programs.items.find((p: { type: string }) => p.type === 'workplace');
      await page.goto(`/programs/${workplace.id}/mentees`);
      await page
        .getByLabel(/^(Eller indsæt rækkerne|Or paste the rows)/)
        .fill(
          [
            'Medarbejdernummer;Navn;E-mail;Fødselsdato;Sprog;By',
            'MED-1001;Noah Pedersen;noah6@demo.test;14-02-2001;da;Vejle',
            'MED-2001;Lene Skov;lene.skov(at)firma.test;30-02-1990;da;Horsens',
            'MED-2002;Omar Farah;omar.farah@firma.test;1996-08-19;"da;so;en";Vejle',
          ].join('\n'),
        );
      await page.getByRole('button', { name: /^(Vis forhåndsvisning|Preview)$/ }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^(Nye|New): / })
        .waitFor();
    },
  },
  { name: 'my-children', as: 'guardian@demo.test', path: () => '/children' },
  {
    name: 'program-matching',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/matching`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Find forslag|Find suggestions)$/ }).click();
      await page.getByTestId('suggestion').first().waitFor();
    },
  },
  { name: 'my-matches-mentor', as: 'mentor@demo.test', path: () => '/matches' },
  { name: 'my-matches-guardian', as: 'guardian@demo.test', path: () => '/matches' },
  { name: 'verify', path: (facts) => `/verify/${facts.certificateCode}` },
  {
    name: 'verify-expired',
    sameAs: 'verify',
    path: (facts) => `/verify/${facts.expiredCertificateCode}`,
  },
  { name: 'verify-not-found', sameAs: 'verify', path: () => '/verify/INGEN-SAADAN-KODE' },
  // Recruitment: the public application page (and its field errors), the pipeline, one
  // mentor's page, HR's nominations and a nominee's own applications (demo-recruitment.ts).
  { name: 'apply', path: (facts) => `/apply/${facts.schoolProgramId}` },
  {
    name: 'apply-errors',
    sameAs: 'apply',
    path: (facts) => `/apply/${facts.schoolProgramId}`,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^(Send ansøgning|Send application)$/ }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
    },
  },
  {
    name: 'program-pipeline',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/pipeline`,
  },
  {
    name: 'recruitment-mentor',
    as: 'coordinator@demo.test',
    path: (facts) => `/programs/${facts.schoolProgramId}/pipeline`,
    prepare: async (page) => {
      await page.getByRole('main').getByRole('link', { name: 'Rasmus Berg' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Rasmus Berg' }).waitFor();
      await page
        .locator('.mantine-Loader-root')
        .first()
        .waitFor({ state: 'detached', timeout: 10_000 });
    },
  },
  { name: 'nominations', as: 'hr@demo.test', path: () => '/nominations' },
  { name: 'my-applications', as: 'henrik.poulsen@demo.test', path: () => '/applications' },
  // Screening: the referee's form (a demo link that works), a dead link, the safeguarding
  // queue and the audit log (src/db/seed/demo-screening.ts).
  { name: 'reference-form', path: () => '/reference?token=demo-reference-link' },
  {
    name: 'reference-form-invalid',
    sameAs: 'reference-form',
    path: () => '/reference?token=udloebet-link',
  },
  { name: 'child-certificates', as: 'safeguarding@demo.test', path: () => '/child-certificates' },
  { name: 'audit-log', as: 'admin@demo.test', path: () => '/audit-log' },
  // Relationships (src/db/seed/demo-relationships.ts): check-ins, a match page as the
  // coordinator and a closed one as the former mentee, concerns, help, notifications.
  { name: 'check-ins', as: 'coordinator@demo.test', path: () => '/check-ins' },
  {
    name: 'match-page',
    as: 'coordinator@demo.test',
    path: (facts) => `/matches/${facts.activeMatchId}`,
  },
  {
    name: 'match-page-closed',
    as: 'student@demo.test',
    path: (facts) => `/matches/${facts.closedMatchId}`,
  },
  { name: 'help', as: 'mentor@demo.test', path: () => '/help' },
  { name: 'help-inbox', as: 'coordinator@demo.test', path: () => '/help-inbox' },
  { name: 'concerns', as: 'safeguarding@demo.test', path: () => '/concerns' },
  { name: 'notifications', as: 'guardian@demo.test', path: () => '/notifications' },
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
    ...(await trainingFacts(baseURL, orgId)),
    ...(await matchFacts(baseURL, orgId)),
  };
  await api.dispose();
  return facts;
}

/** The demo's matches: an active one with meetings and check-ins, and a closed one. */
async function matchFacts(baseURL: string, orgId: string) {
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const due = await (await coordinator.get(`/api/v1/organisations/${orgId}/check-ins/due`)).json();
  await coordinator.dispose();
  // Karen Lund's match, unless a journey has closed it already: then another active one.
  const active =
    due.items.find((m: { mentorName: string }) => m.mentorName === 'Karen Lund') ?? due.items[0];
  const student = await apiAs(baseURL, 'student@demo.test');
  const mine = await (await student.get(`/api/v1/organisations/${orgId}/my-matches`)).json();
  await student.dispose();
  const closed = mine.items.find((m: { status: string }) => m.status === 'closed');
  if (!active || !closed) throw new Error('the demo has no active or closed match');
  return { activeMatchId: active.matchId as string, closedMatchId: closed.id as string };
}

/**
 * Mentors at several stages of the school program's training: one part-way (some lessons
 * read, a quiz failed, a reflection returned, signed up for a session), one certified, one
 * with a reflection waiting for the trainer; and a draft of the curriculum to edit.
 * Safe to run twice (both the screenshot and the accessibility runs set it up).
 */
async function trainingFacts(baseURL: string, orgId: string) {
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const trainer = await apiAs(baseURL, 'trainer@demo.test');
  const schoolProgramId = await programByName(coordinator, orgId, SCHOOL_PROGRAM);
  const curriculum = await publishedCurriculum(coordinator, schoolProgramId);
  const byKey = new Map(curriculum.modules.flatMap((m) => m.items).map((i) => [i.key, i]));
  const item = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`no item ${key} in the school curriculum`);
    return found;
  };

  // The demo's certified mentors: their certificates as issued (nothing passed anew).
  const codeOf = async (email: string) => {
    const mentor = await apiAs(baseURL, email);
    const mine = await (await mentor.get(`/api/v1/organisations/${orgId}/my-training`)).json();
    await mentor.dispose();
    const code = mine.items.find((e: { programId: string }) => e.programId === schoolProgramId)
      ?.certificate?.code as string | undefined;
    if (!code) throw new Error(`no certificate for ${email} in the demo`);
    return code;
  };
  const certificateCode = await codeOf(CERTIFIED);
  const expiredCertificateCode = await codeOf(EXPIRED);

  const midwayEnrolmentId = await enrol(coordinator, baseURL, orgId, schoolProgramId, MIDWAY);
  const midway = await apiAs(baseURL, MIDWAY);
  for (const key of ['program-rules-role', 'program-rules-support', 'program-rules-quiz']) {
    await passItem(midway, trainer, schoolProgramId, midwayEnrolmentId, item(key));
  }
  await midway.put(`/api/v1/enrolments/${midwayEnrolmentId}/lesson-feedback`, {
    data: {
      itemKey: 'program-rules-role',
      helpful: true,
      comment: 'Godt med listen over, hvor man kan få hjælp.',
    },
  });
  const sessions = await (
    await midway.get(`/api/v1/programs/${schoolProgramId}/training-sessions`)
  ).json();
  const upcoming = sessions.items.find((s: { place: string }) => s.place === MIDWAY_SESSION_PLACE);
  const sessionId =
    upcoming?.id ??
    (await createSession(
      trainer,
      schoolProgramId,
      'school-support-session',
      MIDWAY_SESSION_PLACE,
      3,
    ));
  await midway.post(`/api/v1/enrolments/${midwayEnrolmentId}/session-signups`, {
    data: { sessionId },
  });
  const reflection = await midway.post(`/api/v1/enrolments/${midwayEnrolmentId}/reflections`, {
    data: {
      itemKey: 'reflection-first-meeting',
      text: 'Jeg vil gerne være mentor, fordi jeg kan huske, hvor meget det betød at have en voksen at tale med.',
    },
  });
  if (reflection.status() === 201) {
    const { reflection: sent } = await reflection.json();
    await trainer.post(`/api/v1/reflections/${sent.id}/review`, {
      data: {
        decision: 'return',
        comment: 'Skriv lidt mere om, hvad du vil aftale med familien ved første møde.',
      },
    });
  }
  await midway.dispose();

  const reflectingId = await enrol(coordinator, baseURL, orgId, schoolProgramId, REFLECTING);
  const reflecting = await apiAs(baseURL, REFLECTING);
  await reflecting.post(`/api/v1/enrolments/${reflectingId}/reflections`, {
    data: {
      itemKey: 'reflection-first-meeting',
      text: 'Min motivation er at give noget videre.\n\nVed første møde vil jeg præsentere mig selv og spørge barnet, hvad det godt kan lide at lave.',
    },
  });
  await reflecting.dispose();

  // A draft to edit (409 when one exists already).
  await coordinator.post(`/api/v1/programs/${schoolProgramId}/curriculum-versions`);
  await coordinator.dispose();
  await trainer.dispose();
  const wrongAnswers = Object.fromEntries(
    (item('core-interacting-quiz').quiz?.questions ?? []).map((q) => [
      q.id,
      Math.max(
        0,
        q.options.findIndex((o) => !o.correct),
      ),
    ]),
  );
  return {
    schoolProgramId,
    midwayEnrolmentId,
    certificateCode,
    expiredCertificateCode,
    wrongAnswers,
  };
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
    await screen.prepare?.(page, facts);
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
