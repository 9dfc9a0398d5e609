import { DEMO_PASSWORD, expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { LoginPage } from './pages/LoginPage';
import { ProgramsPage } from './pages/ProgramsPage';

test('a coordinator signs in in Danish, creates a program, switches to English and signs out', async ({
  page,
}, testInfo) => {
  let step = 0;
  const snap = async (name: string) => {
    step += 1;
    await page.screenshot({
      // What the person sees at this moment, not the whole page.
      path: testInfo.outputPath(`${String(step).padStart(2, '0')}-${name}.png`),
    });
  };
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  const programs = new ProgramsPage(page);
  const heading = page.getByRole('heading', { level: 1 });
  const html = page.locator('html');
  const programName = `Lektiecafé Vesterbro ${Date.now().toString(36)}`;

  // A signed-out visit to a protected page leads to sign-in, in Danish by default.
  await page.goto('/programs');
  await expect(page).toHaveURL(/\/login\?next=%2Fprograms$/);
  await expect(heading).toHaveText('Log ind');
  await expect(html).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('link', { name: 'Glemt adgangskode?' })).toBeVisible();
  await snap('sign-in');

  // …and back to where the person was going.
  await login.signIn('coordinator@demo.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/programs$/);
  await expect(heading).toHaveText('Programmer');
  await expect(shell.nav.getByRole('link', { name: 'Medlemmer' })).toBeVisible();
  // A coordinator does not manage API tokens or read the outbox.
  await expect(shell.nav.getByRole('link', { name: 'API-nøgler' })).toHaveCount(0);
  await snap('programs');

  await programs.startNew();
  await expect(heading).toHaveText('Nyt program');
  // The type's defaults are filled in, and its floor is shown at the field.
  await expect(programs.trainingMinutes()).toHaveValue('240');
  await expect(page.getByText('Mindst 2 timer for Lektiehjælp / skolestøtte.')).toBeVisible();

  // Below the floor: the server says why, at the field.
  await programs.fillNew({ name: programName, type: /Lektiehjælp/, trainingMinutes: 60 });
  await programs.submitNew();
  await expect(
    page.getByText('Træningen kan ikke være under 120 minutter for denne programtype.'),
  ).toBeVisible();
  await expect(programs.trainingMinutes()).toHaveAttribute('aria-invalid', 'true');
  await snap('below-the-floor');

  await programs.trainingMinutes().fill('180');
  await programs.submitNew();
  await expect(heading).toHaveText(programName);
  await expect(page.getByText(`${programName} er oprettet som kladde.`)).toBeVisible();
  await snap('created-as-draft');

  await page.getByRole('button', { name: 'Gem og offentliggør' }).click();
  await expect(page.getByText(`${programName} er offentliggjort.`)).toBeVisible();

  await shell.navigate('Programmer');
  await expect(heading).toHaveText('Programmer');
  await expect(programs.programLink(programName)).toBeVisible();
  await snap('new-program-in-the-list');

  // English, at once and everywhere.
  await shell.switchLanguageTo('English');
  await expect(heading).toHaveText('Programs');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(shell.nav.getByRole('link', { name: 'Members' })).toBeVisible();
  await expect(programs.programLink(programName)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Programmer' })).toHaveCount(0);
  await snap('in-english');

  await shell.signOut();
  await expect(heading).toHaveText('Sign in');
  await expect(page.getByText('You are now signed out.')).toBeVisible();
  await expect(html).toHaveAttribute('lang', 'en');
  await snap('signed-out');

  // The language saved with the account wins at the next sign-in, whatever this device shows.
  await shell.switchLanguageTo('Dansk');
  await expect(heading).toHaveText('Log ind');
  await login.signIn('coordinator@demo.test', DEMO_PASSWORD);
  await expect(heading).toHaveText('Hello Karim');
  await expect(html).toHaveAttribute('lang', 'en');
  await snap('saved-language-wins');
});
