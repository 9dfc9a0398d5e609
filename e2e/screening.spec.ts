import type { APIRequestContext } from '@playwright/test';
import { apiAs, organisationId } from './demo';
import { chooseLocale, expect, scrollsSideways, test } from './fixtures';
import { programByName, SCHOOL_PROGRAM } from './training-demo';

/**
 * The screening journey: the coordinator records the interview of a demo mentor
 * at screening (src/db/seed/demo-screening.ts), asks two referees, one answers through
 * the e-mailed link in the browser (the other through the same public API), a blank child
 * certificate is recorded step by step, and passing screening moves her into training.
 */
const MENTOR = 'Anne Mortensen';
const REFEREES = [
  { name: 'Karin Thomsen', email: 'karin.thomsen@example.dk' },
  { name: 'Niels Brandt', email: 'niels.brandt@example.dk' },
];

async function referenceLink(admin: APIRequestContext, orgId: string, email: string) {
  const outbox = await (await admin.get(`/api/v1/organisations/${orgId}/outbox?limit=100`)).json();
  const mail = outbox.items.find((item: { to: string }) => item.to === email);
  const link = /https?:\/\/\S+\/reference\?token=\S+/.exec(mail?.body ?? '')?.[0];
  expect(link, `a reference link for ${email} in the outbox`).toBeTruthy();
  const url = new URL(link as string);
  return { path: `${url.pathname}${url.search}`, token: url.searchParams.get('token') ?? '' };
}

test('the coordinator screens a mentor, a referee answers, and she moves into training', async ({
  page,
  browser,
  login,
}, testInfo) => {
  test.setTimeout(120_000);
  let step = 0;
  const snap = async (target: typeof page, name: string) => {
    step += 1;
    await target.screenshot({
      path: testInfo.outputPath(`${String(step).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  };
  const baseURL = testInfo.project.use.baseURL as string;

  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinator);
  const programId = await programByName(coordinator, orgId, SCHOOL_PROGRAM);
  const pipeline = await (
    await coordinator.get(
      `/api/v1/programs/${programId}/pipeline?q=${encodeURIComponent(MENTOR)}&stage=screening`,
    )
  ).json();
  const mentorId = pipeline.items[0]?.id as string;
  expect(mentorId, `${MENTOR} at screening in the demo`).toBeTruthy();
  await coordinator.dispose();

  // The coordinator opens Anne: nothing on the checklist is done, passing is not possible.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/mentors/${mentorId}`);
  await expect(page.getByRole('heading', { level: 1, name: MENTOR })).toBeVisible();
  const pass = page.getByRole('button', { name: 'Bestå screening' });
  await expect(pass).toBeDisabled();
  await expect(page.getByText('En bestået samtale')).toBeVisible();
  await expect(
    page.getByText('aldrig selve børneattesten eller et CPR-nummer').first(),
  ).toBeVisible();
  await snap(page, 'screening-start');

  // The interview, with structured notes and the outcome.
  const interview = page.getByRole('region', { name: 'Samtale' });
  await interview.getByLabel('Resultat').selectOption('passed');
  await interview
    .getByLabel('Motivation')
    .fill('Vil gerne give børn i nabolaget en fast voksen at lave lektier med.');
  await interview.getByLabel('Tid og tilgængelighed').fill('Mandage og onsdage efter kl. 15.');
  await interview.getByLabel('Erfaring').fill('Har hjulpet sine søskende med matematik i årevis.');
  await interview.getByRole('button', { name: 'Gem samtale' }).click();
  await expect(page.getByText('Samtalen er gemt.')).toBeVisible();
  await expect(interview.getByText(/^Samtale .+ med /)).toBeVisible();

  // Two referees are asked; each gets an e-mail with a link.
  const references = page.getByRole('region', { name: 'Referencer' });
  for (const referee of REFEREES) {
    await references.getByLabel('Referencens navn').fill(referee.name);
    await references.getByLabel('Referencens e-mail').fill(referee.email);
    await references.getByLabel('Forhold til mentoren').fill('Tidligere leder');
    await references.getByRole('button', { name: 'Send anmodning' }).click();
    await expect(references.getByText(referee.name)).toBeVisible();
  }
  await expect(references.getByText('0 af 2 besvaret')).toBeVisible();

  // The first referee answers in a browser of their own, without an account.
  const admin = await apiAs(baseURL, 'admin@demo.test');
  const first = await referenceLink(admin, orgId, REFEREES[0]?.email ?? '');
  const second = await referenceLink(admin, orgId, REFEREES[1]?.email ?? '');
  await admin.dispose();
  const refereeContext = await browser.newContext({ locale: 'da-DK' });
  const referee = await refereeContext.newPage();
  await chooseLocale(referee, 'da');
  await referee.goto(first.path);
  await expect(referee.getByRole('heading', { level: 1, name: 'Reference' })).toBeVisible();
  await expect(referee.getByText(`${MENTOR} vil gerne være frivillig mentor`)).toBeVisible();
  await referee.getByLabel('Hvordan kender du personen?').fill('Jeg var hendes leder i fire år.');
  await referee.getByLabel('Hvor mange år har du kendt personen?').fill('4');
  await referee.getByLabel('5 – Rigtig godt').check();
  await referee.getByLabel('Hvad er personens styrker?').fill('Rolig, pålidelig og nysgerrig.');
  await referee.getByRole('radio', { name: 'Ja' }).check();
  await snap(referee, 'referee-form');
  await referee.getByRole('button', { name: 'Send reference' }).click();
  await expect(referee.getByText('Tak for din reference')).toBeVisible();
  await snap(referee, 'referee-thanks');
  // The link works once.
  await referee.reload();
  await expect(referee.getByText('Linket virker ikke længere')).toBeVisible();
  await refereeContext.close();
  // The second referee answers through the same public API.
  const answered = await page.request.post(`/api/v1/public/references/${second.token}`, {
    data: {
      relationship: 'Nabo',
      knownForYears: 10,
      suitability: 4,
      strengths: 'Hjælpsom og tålmodig.',
      wouldRecommend: true,
    },
  });
  expect(answered.status()).toBe(201);

  await page.reload();
  await expect(references.getByText('2 af 2 besvaret')).toBeVisible();
  await references.getByRole('button', { name: 'Vis svar' }).first().click();
  await expect(references.getByText('Rolig, pålidelig og nysgerrig.')).toBeVisible();

  // The child certificate: consent requested and given, ordered, received blank.
  const certificate = page.getByRole('region', { name: 'Børneattest' });
  await certificate.getByRole('button', { name: 'Anmod om samtykke' }).click();
  for (const action of ['Samtykke givet', 'Attest bestilt', 'Modtaget uden anmærkninger']) {
    await certificate.getByRole('button', { name: action, exact: true }).click();
    await expect(certificate.getByRole('button', { name: action, exact: true })).toBeHidden();
  }
  await expect(certificate.getByText(/^Gyldig til /)).toBeVisible();
  await expect(page.getByText('Alt er på plads')).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
  await snap(page, 'screening-complete');

  // Passing screening enrols her in training.
  await expect(pass).toBeEnabled();
  await pass.click();
  await expect(page.getByText('Screeningen er bestået')).toBeVisible();
  await snap(page, 'screening-passed');

  await page.goto(`/programs/${programId}/mentors`);
  const row = page.getByRole('main').getByRole('row', { name: new RegExp(MENTOR) });
  await expect(row).toContainText('I træning');
  await snap(page, 'mentors-list');
});
