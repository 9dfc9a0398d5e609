import { apiAs, organisationId } from './demo';
import { chooseLocale, expect, test } from './fixtures';
import { programByName, SCHOOL_PROGRAM } from './training-demo';

/**
 * Mentees in: a guardian registers a child on the school program's public page (a missing
 * consent is named at the field first) and the coordinator sees the child waiting; a
 * coordinator imports new employees from a CSV with one bad row, fixes it, imports, and a
 * re-import of the same file adds no one twice.
 */
const WORKPLACE_PROGRAM = 'Ny medarbejder-mentor';

test('a guardian registers a child, who then waits in the coordinator’s list', async ({
  page,
  login,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL as string;
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinator);
  const programId = await programByName(coordinator, orgId, SCHOOL_PROGRAM);
  await coordinator.dispose();
  const stamp = Date.now();
  const child = `Ronja Test ${stamp}`;

  await chooseLocale(page, 'da');
  await page.goto(`/register/${programId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Tilmelding til ${SCHOOL_PROGRAM}`,
  );
  await expect(page.getByLabel('Jeg er forælder eller værge og tilmelder et barn')).toBeChecked();
  await page.getByLabel('Dit navn').fill('Rikke Test');
  await page.getByLabel('E-mail').fill(`rikke.${stamp}@example.test`);
  await page.getByLabel('Telefon').fill('+45 31 41 59 26');
  await page.getByLabel('Barnets navn').fill(child);
  await page.getByLabel('Barnets fødselsdato').fill(`${new Date().getFullYear() - 9}-03-14`);
  await page.getByLabel('Behov i skolen eller fritiden').fill('Læsning og matematik.');
  await page.locator('#mentee-profile-place').fill('København N');
  await page.keyboard.press('Escape');

  // Without consent the form names the consent fields and sends nothing.
  await page.getByRole('button', { name: 'Send tilmelding' }).click();
  const consent = page.getByLabel(/^Jeg er barnets forælder eller værge og giver samtykke/);
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Sæt flueben for at give dit samtykke.').first()).toBeVisible();
  await page.screenshot({
    path: testInfo.outputPath('01-register-consent-missing.png'),
    fullPage: true,
  });

  await consent.check();
  await page.getByLabel(/^Jeg giver samtykke til, at foreningen behandler barnets/).check();
  await page.getByRole('button', { name: 'Send tilmelding' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for tilmeldingen');
  await expect(page.getByRole('status')).toHaveText(
    `${child} står nu på ventelisten til ${SCHOOL_PROGRAM}.`,
  );
  await page.screenshot({ path: testInfo.outputPath('02-register-done.png'), fullPage: true });

  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/mentees`);
  await page.getByRole('searchbox', { name: 'Søg efter navn' }).fill(String(stamp));
  const open = page.getByRole('button', { name: `Åbn oplysningerne om ${child}` });
  await expect(open).toBeVisible();
  const row = page.getByRole('row').filter({ has: open });
  await expect(row).toContainText('Venter');
  await expect(row).toContainText('Barn');
  // The child's record says that the view is logged.
  await open.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Din visning bliver logget')).toBeVisible();
  await expect(drawer).toContainText('Rikke Test');
  await expect(drawer).toContainText('Læsning og matematik.');
  await page.screenshot({ path: testInfo.outputPath('03-coordinator-record.png'), fullPage: true });
});

test('a coordinator imports employees from CSV: a bad row, fixed, and a re-import adds no one twice', async ({
  page,
  login,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL as string;
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinator);
  const programId = await programByName(coordinator, orgId, WORKPLACE_PROGRAM);
  await coordinator.dispose();
  const stamp = Date.now();
  const header = 'Medarbejdernummer;Navn;E-mail;Fødselsdato;Sprog;Interesser;By;Afdeling';
  const first = `E2E-${stamp}-1;Karen Import ${stamp};karen.${stamp}@firma.test;12-06-1994;"da;en";cycling;Vejle;Salg`;
  const second = (email: string) =>
    `E2E-${stamp}-2;Bo Import ${stamp};${email};03-11-1989;da;chess;Kolding;Lager`;
  const bad = [header, first, second('bo(at)firma.test')].join('\r\n');
  const good = [header, first, second(`bo.${stamp}@firma.test`)].join('\r\n');

  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/mentees`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Importér nye medarbejdere' })).toBeVisible();

  // Upload the file with the bad row: the preview shows the error on that row.
  await main.locator('input[type="file"]').setInputFiles({
    name: 'nye-medarbejdere.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${bad}\r\n`, 'utf8'),
  });
  await expect(main.getByLabel('Eller indsæt rækkerne')).toHaveValue(/Medarbejdernummer/);
  await main.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const preview = main.getByRole('table', { name: 'Hvad hver række vil gøre' });
  const badRow = preview.getByRole('row').filter({ hasText: 'Række 3' });
  await expect(badRow).toContainText('Fejl');
  await expect(badRow).toContainText('E-mail: Ikke en gyldig e-mailadresse.');
  await expect(preview.getByRole('row').filter({ hasText: 'Række 2' })).toContainText('Ny');
  await expect(main.getByText(/Intet importeres, så længe en række har fejl/)).toBeVisible();
  await expect(main.getByRole('button', { name: /^Importér/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('01-import-error.png'), fullPage: true });

  // Fixed: both rows are new, and the import saves them.
  await main.getByLabel('Eller indsæt rækkerne').fill(good);
  await main.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  await expect(preview.getByRole('row').filter({ hasText: 'Række 3' })).toContainText('Ny');
  await main.getByRole('button', { name: 'Importér 2 medarbejdere' }).click();
  await expect(page.getByText(/^Importeret: 2 nye, 0 opdateret, 0 uændrede/)).toBeVisible();

  // The same file again: every row is unchanged, and nothing is added.
  await main.getByLabel('Eller indsæt rækkerne').fill(good);
  await main.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  await expect(preview.getByRole('row').filter({ hasText: 'Uændret' })).toHaveCount(2);
  await expect(
    main.getByRole('button', { name: 'Intet at importere: alle rækker er uændrede' }),
  ).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('02-reimport-unchanged.png'), fullPage: true });

  await main.getByRole('searchbox', { name: 'Søg efter navn' }).fill(String(stamp));
  const list = main.getByRole('table', { name: 'Mentees' });
  await expect(list.getByRole('button', { name: /^Åbn oplysningerne om/ })).toHaveCount(2);
  await expect(list).toContainText(`E2E-${stamp}-1`);
  await expect(list).toContainText(`E2E-${stamp}-2`);
});
