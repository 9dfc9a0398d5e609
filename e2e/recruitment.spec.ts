import { apiAs, organisationId } from './demo';
import { expect, test } from './fixtures';
import { programByName, SCHOOL_PROGRAM } from './training-demo';

/**
 * Issue 4's journeys: a volunteer applies in Danish on the school program's public page
 * and the coordinator moves them on to screening; HR nominates an employee for the
 * workplace program, the employee accepts, and the coordinator approves.
 */
const WORKPLACE_PROGRAM = 'Ny medarbejder-mentor';
const EMPLOYEE = 'ansat@demo.test';
const EMPLOYEE_NAME = 'Jesper Lund';

test('a volunteer applies on the public page and the coordinator moves them to screening', async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(90_000);
  const baseURL = testInfo.project.use.baseURL as string;
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinator);
  const programId = await programByName(coordinator, orgId, SCHOOL_PROGRAM);
  await coordinator.dispose();
  const snap = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const main = page.getByRole('main');
  const name = `Signe Frivillig ${Date.now() % 100_000}`;

  // No sign-in: the public page, in Danish.
  await page.context().clearCookies();
  await page.goto(`/apply/${programId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHOOL_PROGRAM);
  await expect(main.getByText('Det kræver det af dig')).toBeVisible();
  await expect(main.getByText(/børneattest/i).first()).toBeVisible();

  await main.getByLabel(/^Navn/).fill(name);
  await main.getByLabel(/^E-mail/).fill(`signe.${Date.now()}@example.test`);
  await main.getByLabel(/^Fødselsår/).fill('1994');
  await main
    .getByLabel(/^Hvorfor vil du være mentor/)
    .fill('Jeg kan huske, hvor meget det betød for mig at have en voksen at lave lektier med.');
  await main.getByRole('combobox', { name: 'Interesser' }).click();
  await page.getByRole('option', { name: 'Læsning' }).click();
  await page.keyboard.press('Escape');
  await main.getByRole('checkbox', { name: 'Tirsdag eftermiddag' }).check();
  // Where they live comes from the gazetteer's suggestions.
  await main.getByLabel(/^Bopæl/).fill('Københ');
  await page.getByRole('option', { name: 'København', exact: true }).click();
  await expect(main.getByLabel(/^Bopæl/)).toHaveValue('København');

  // Without consent the form says so at the field.
  await main.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(main.getByText('Du skal give samtykke, før du kan søge.')).toBeVisible();
  await snap('01-apply-consent-missing');
  await main.getByRole('checkbox', { name: /Jeg giver samtykke/ }).check();
  await main.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for din ansøgning!');
  await snap('02-apply-thanks');

  // The coordinator finds them in the pipeline as applied and advances them.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/pipeline`);
  await main.getByRole('textbox', { name: 'Søg' }).fill(name);
  const row = main.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Ansøgt');
  await snap('03-pipeline-applied');
  await row.getByRole('checkbox', { name: `Vælg ${name}` }).check();
  await main.getByRole('button', { name: 'Til næste trin' }).click();
  await expect(row).toContainText('Screening');
  await expect(row).not.toContainText('Ansøgt');
  await snap('04-pipeline-screening');
});

test('HR nominates an employee, who accepts, and the coordinator approves', async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(90_000);
  const baseURL = testInfo.project.use.baseURL as string;
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinator);
  const programId = await programByName(coordinator, orgId, WORKPLACE_PROGRAM);
  await coordinator.dispose();
  const snap = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const main = page.getByRole('main');

  // HR nominates Jesper with ratings on the three criteria.
  await login('hr@demo.test');
  await page.goto('/');
  await page.getByRole('navigation').locator('a[href="/nominations"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstil mentorer');
  await main.getByLabel(/^Find medarbejder/).fill('Jesper');
  await main.getByRole('radio', { name: new RegExp(EMPLOYEE_NAME) }).check();
  for (const criterion of [
    'Samarbejder godt med andre',
    'Har en positiv indstilling',
    'Passer sit arbejde',
  ]) {
    await main
      .getByRole('radiogroup', { name: new RegExp(criterion) })
      .getByRole('radio', { name: '5 af 5' })
      .check();
  }
  await main.getByLabel(/^Kommentar/).fill('Hjælper altid nye kolleger i gang.');
  await snap('01-nominate');
  await main.getByRole('button', { name: 'Indstil', exact: true }).click();
  const nominee = main.getByRole('row', { name: new RegExp(EMPLOYEE_NAME) });
  await expect(nominee).toContainText('Venter på medarbejderens svar');
  await snap('02-nominated');

  // Jesper accepts from his applications.
  await login(EMPLOYEE);
  await page.goto('/applications');
  const card = main.getByRole('listitem').filter({ hasText: WORKPLACE_PROGRAM });
  await expect(card).toContainText('Du er indstillet som mentor');
  await snap('03-employee-nominated');
  await card.getByRole('button', { name: 'Ja, jeg vil gerne' }).click();
  await expect(card).toContainText('Du har sagt ja');

  // The coordinator approves on the mentor's page: screening comes next.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/pipeline`);
  await main.getByRole('link', { name: EMPLOYEE_NAME }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EMPLOYEE_NAME);
  await expect(main.getByText('Medarbejderen sagde ja')).toBeVisible();
  await main.getByRole('button', { name: 'Godkend indstillingen' }).first().click();
  await expect(page.locator('header, main').getByText('Screening').first()).toBeVisible();
  await expect(main.getByText('Indstillingen godkendt')).toBeVisible();
  await snap('04-approved');

  // HR sees the status in broad terms.
  await login('hr@demo.test');
  await page.goto('/nominations');
  await expect(nominee).toContainText('Godkendt; i screening');
});
