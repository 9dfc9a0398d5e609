import type { Locator, Page } from '@playwright/test';
import { apiAs } from './demo';
import { expect, test } from './fixtures';

/**
 * Issue 6's journey on the demo's active school match Karen Lund ↔ Sara Holm (a child of 10,
 * guardian Peter Holm): Karen logs a homework meeting and sees it with the agreement and the
 * next meeting; the coordinator records a check-in with her from "Opfølgning"; the guardian
 * reports a concern and sees only the receipt; the safeguarding lead takes it through
 * assessing, action taken and closed, with the history; the coordinator closes the match with
 * contact through Mentorpath afterwards; the guardian, on the former mentee's side, sends a
 * contact request; Karen answers it and the guardian reads the answer.
 * Every step is done in the UI; the API is used only to find the concern's id.
 */
const KAREN = 'karen.lund@demo.test';
const GUARDIAN = 'sara.familie@demo.test';
const COORDINATOR = 'coordinator@demo.test';
const SAFEGUARDING = 'safeguarding@demo.test';
const PAIR = 'Karen Lund og Sara Holm';

const MEETING_NOTES = 'Lektier i matematik: vi øvede gangetabeller med kort.';
const CHECK_IN_NOTES = 'Talte med Karen i telefonen: møderne går godt, Sara er glad.';
const CONCERN = 'Sara fortalte efter skole, at en ældre elev har skubbet hende flere gange.';
const ACTION = 'Talt med skolens AKT-lærer og med forælderen; skolen følger op i klassen.';
const CLOSING = 'Tak for et godt forløb, Sara. Held og lykke med brøkerne!';
const REQUEST = 'Hej Karen, jeg fik 12 i matematikprøven. Tak for hjælpen! Hilsen Sara';
const ANSWER = 'Hvor er det flot, Sara! Jeg er rigtig glad på dine vegne.';

/** A card on the match page (a `<section>`), found by its heading. */
function card(page: Page, title: string): Locator {
  return page
    .getByRole('main')
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** The value of a datetime-local field for yesterday at 16:00. */
function yesterdayAt16(): string {
  const d = new Date(Date.now() - 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T16:00`;
}

test('an active match through meetings, a check-in, a concern, closure and contact afterwards', async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(120_000);
  let step = 0;
  const snap = async (name: string) => {
    step += 1;
    await page.screenshot({
      path: testInfo.outputPath(`${String(step).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  };
  const baseURL = testInfo.project.use.baseURL as string;
  const main = page.getByRole('main');
  const heading = page.getByRole('heading', { level: 1 });
  const nav = page.getByRole('navigation');

  // 1. Karen opens her match from "Mine match", logs a homework meeting and sees it in the
  // log, with the agreement and the next meeting.
  await login(KAREN);
  await page.goto('/');
  await nav.getByRole('link', { name: 'Mine match' }).click();
  await expect(heading).toHaveText('Mine match');
  const karensMatch = main
    .getByTestId('my-match')
    .filter({ hasText: 'Du er mentor for Sara Holm' });
  await karensMatch.getByRole('link', { name: 'Åbn matchsiden' }).click();
  await expect(heading).toHaveText(PAIR);
  const matchPath = new URL(page.url()).pathname;
  expect(matchPath).toMatch(/^\/matches\/[\w-]+$/);
  const matchId = matchPath.split('/').pop() as string;

  const agreement = card(page, 'Aftale');
  await expect(agreement).toContainText('Hvor ofte: hver anden uge');
  await expect(agreement).toContainText('Varighed: 6 måneder');
  await expect(agreement).toContainText('Blive tryg ved brøker');
  // The demo has a homework meeting planned four days ahead.
  await expect(card(page, 'Næste møde')).toContainText('(Lektier)');
  await expect(
    card(page, 'Næste møde').getByRole('link', { name: 'Føj til kalender' }),
  ).toBeVisible();

  const meetingForm = card(page, 'Registrér et møde');
  await meetingForm.getByLabel('Dato og tidspunkt').fill(yesterdayAt16());
  await meetingForm.getByLabel('Varighed (minutter)').fill('75');
  await meetingForm.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Lektier' }).click();
  await meetingForm.getByLabel('Noter').fill(MEETING_NOTES);
  await meetingForm.getByRole('button', { name: 'Registrér møde' }).click();
  await expect(page.getByText('Mødet er registreret.')).toBeVisible();
  const logged = card(page, 'Møder og aktiviteter')
    .getByTestId('meeting')
    .filter({ hasText: MEETING_NOTES });
  await expect(logged).toContainText('Lektier');
  await expect(logged).toContainText('Registreret af Karen Lund');
  await snap('mentor-meeting-logged');

  // 2. The coordinator finds the match under "Opfølgning" and records a phone check-in with
  // the mentor; it shows as the mentor's latest check-in and on the match page.
  await login(COORDINATOR);
  await page.goto('/');
  await nav.getByRole('link', { name: 'Opfølgning' }).click();
  await expect(heading).toHaveText('Opfølgning');
  // "Alle" lists the match whether or not a check-in is due yet.
  await main.getByText('Alle', { exact: true }).click();
  const due = main.getByRole('article').filter({ has: page.getByRole('link', { name: PAIR }) });
  await due.getByRole('button', { name: 'Registrér opfølgning' }).click();
  await due.getByRole('combobox', { name: 'Hvem du talte med' }).click();
  await page.getByRole('option', { name: 'Mentor', exact: true }).click();
  await due.getByRole('combobox', { name: 'Hvordan' }).click();
  await page.getByRole('option', { name: 'Telefon' }).click();
  await due.getByLabel('Varighed (minutter)').fill('20');
  await due.getByLabel('Noter').fill(CHECK_IN_NOTES);
  await due.getByRole('button', { name: 'Gem opfølgning' }).click();
  await expect(page.getByText('Opfølgningen er gemt.')).toBeVisible();
  const today = new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date());
  await expect(due).toContainText(`Seneste: ${today}`);
  await snap('coordinator-check-in-recorded');
  await due.getByRole('link', { name: PAIR }).click();
  await expect(heading).toHaveText(PAIR);
  const checkIns = card(page, 'Opfølgning');
  await expect(checkIns).toContainText(CHECK_IN_NOTES);
  await expect(checkIns).toContainText('Mentor, Telefon, 20 min.');

  // 3. The guardian reports a concern from the match page and sees only the receipt.
  await login(GUARDIAN);
  await page.goto('/matches');
  await main
    .getByTestId('my-match')
    .filter({ hasText: 'Mentor for Sara Holm: Karen Lund' })
    .getByRole('link', { name: 'Åbn matchsiden' })
    .click();
  await expect(heading).toHaveText(PAIR);
  await main.getByRole('button', { name: 'Meld en bekymring' }).click();
  const report = page.getByRole('dialog', { name: 'Meld en bekymring' });
  await report.getByLabel('Hvad handler det om?').selectOption({ label: 'Sikkerhed' });
  await report.getByLabel('Hvor hurtigt haster det?').selectOption({ label: 'Høj' });
  await report.getByLabel('Hvad skete der?').fill(CONCERN);
  await report.getByRole('button', { name: 'Send' }).click();
  await expect(report.getByRole('status')).toHaveText(
    'Modtaget — den ansvarlige for børnesikkerhed har fået besked.',
  );
  // Nothing of the handling: no status, no steps.
  await expect(report).not.toContainText('Under vurdering');
  await expect(report.getByRole('textbox')).toHaveCount(0);
  await snap('guardian-concern-received');
  // The dialog's × is also called "Luk"; this is the button with the word on it.
  await report.getByRole('button', { name: 'Luk', exact: true }).click();
  await expect(report).toBeHidden();

  // 4. The safeguarding lead opens the concern and takes it through every step.
  const safeguardingApi = await apiAs(baseURL, SAFEGUARDING);
  const me = await (await safeguardingApi.get('/api/v1/me')).json();
  const listed = await (
    await safeguardingApi.get(`/api/v1/organisations/${me.memberships[0].organisationId}/concerns`)
  ).json();
  const concern = listed.items.find(
    (c: { matchId?: string | null; category: string }) =>
      c.matchId === matchId && c.category === 'safety',
  );
  expect(concern, 'the guardian’s concern in the list').toBeTruthy();
  await safeguardingApi.dispose();

  await login(SAFEGUARDING);
  await page.goto('/');
  await nav.getByRole('link', { name: 'Bekymringer' }).click();
  await expect(heading).toHaveText('Bekymringer');
  const row = main.getByRole('row').filter({ hasText: 'Sikkerhed' }).filter({ hasText: 'Høj' });
  await expect(row).toContainText('Modtaget');
  await row.getByRole('link', { name: 'Sikkerhed' }).click();
  await expect(page).toHaveURL(new RegExp(`/concerns/${concern.id}$`));
  await expect(heading).toHaveText('Sikkerhed');
  await expect(main).toContainText(CONCERN);
  await expect(main).toContainText('Meldt af: Peter Holm');

  await main.getByRole('button', { name: 'Flyt til: Under vurdering' }).click();
  await expect(main.getByText('Under vurdering', { exact: true }).first()).toBeVisible();
  await expect(main.getByRole('button', { name: 'Flyt til: Under vurdering' })).toBeHidden();

  await main.getByLabel('Hvad er der gjort').fill(ACTION);
  await main.getByRole('button', { name: 'Flyt til: Der er handlet' }).click();
  await expect(main.getByRole('button', { name: 'Gem handlingen' })).toBeVisible();
  await expect(main).toContainText(ACTION);

  await main
    .getByLabel('Note (kun til behandlingen)')
    .fill('Afsluttet efter opfølgning med skolen.');
  await main.getByRole('button', { name: 'Flyt til: Afsluttet' }).click();
  await expect(main.getByText('Denne bekymring er afsluttet.')).toBeVisible();
  const history = main
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: 'Historik' }) })
    .last();
  for (const status of ['Modtaget', 'Under vurdering', 'Der er handlet', 'Afsluttet']) {
    await expect(history.getByText(status, { exact: true })).toBeVisible();
  }
  await expect(history).toContainText('af Sara Sikkerhed');
  await expect(history).toContainText('Afsluttet efter opfølgning med skolen.');
  await snap('safeguarding-concern-closed');

  // 5. The coordinator closes the match, with contact through Mentorpath afterwards.
  await login(COORDINATOR);
  await page.goto(matchPath);
  await expect(heading).toHaveText(PAIR);
  const closure = card(page, 'Afslut matchet');
  await closure.getByRole('combobox', { name: 'Årsag' }).click();
  await page.getByRole('option', { name: 'Målene er nået' }).click();
  await closure.getByRole('radio', { name: 'Kontakt gennem Mentorpath' }).check();
  await closure.getByLabel('Afskedsbesked').fill(CLOSING);
  await closure.getByRole('button', { name: 'Afslut matchet' }).click();
  const confirm = page.getByRole('dialog', { name: 'Afslut matchet?' });
  await confirm.getByRole('button', { name: 'Afslut matchet' }).click();
  await expect(confirm).toBeHidden();
  await expect(
    main.getByText(
      'Matchet er afsluttet. Historikken bliver her; der kan ikke tilføjes noget nyt.',
    ),
  ).toBeVisible();
  const closed = card(page, 'Matchet er afsluttet');
  await expect(closed).toContainText('Årsag: Målene er nået');
  await expect(closed).toContainText('Kontakt gennem Mentorpath');
  await expect(closed).toContainText(CLOSING);
  await snap('coordinator-match-closed');

  // 6. The guardian (the former mentee's side for a child under 15) writes to Karen.
  await login(GUARDIAN);
  await page.goto('/matches');
  await main
    .getByTestId('my-match')
    .filter({ hasText: 'Mentor for Sara Holm: Karen Lund' })
    .getByRole('link', { name: 'Åbn matchsiden' })
    .click();
  await expect(heading).toHaveText(PAIR);
  await expect(card(page, 'Matchet er afsluttet')).toContainText(CLOSING);
  const after = card(page, 'Kontakt efter forløbet');
  await expect(after).toContainText(
    'Den tidligere mentee kan skrive til mentoren gennem Mentorpath, og mentoren svarer her.',
  );
  await after.getByLabel('Skriv til din tidligere mentor').fill(REQUEST);
  await after.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Din besked er sendt')).toBeVisible();
  const sent = after.getByRole('listitem').filter({ hasText: REQUEST });
  await expect(sent).toContainText('Ikke besvaret endnu.');
  await expect(after).toContainText('Du har 2 tilbage.');
  await snap('guardian-contact-request');

  // 7. Karen answers on the closed match page, and the guardian reads the answer.
  await login(KAREN);
  await page.goto('/matches');
  await main
    .getByTestId('my-match')
    .filter({ hasText: 'Du er mentor for Sara Holm' })
    .getByRole('link', { name: 'Åbn matchsiden' })
    .click();
  await expect(heading).toHaveText(PAIR);
  const request = card(page, 'Kontakt efter forløbet')
    .getByRole('listitem')
    .filter({ hasText: REQUEST });
  await request.getByLabel('Dit svar').fill(ANSWER);
  await request.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByText('Dit svar er sendt')).toBeVisible();
  await expect(request).toContainText(ANSWER);
  await snap('mentor-answered');

  await login(GUARDIAN);
  await page.goto(matchPath);
  const answered = card(page, 'Kontakt efter forløbet')
    .getByRole('listitem')
    .filter({ hasText: REQUEST });
  await expect(answered).toContainText(ANSWER);
  await expect(answered).toContainText('Besvaret');
  await snap('guardian-reads-answer');
});
