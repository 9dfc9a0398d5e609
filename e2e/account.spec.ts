import { apiAs, invitationPath, organisationId } from './demo';
import { DEMO_PASSWORD, expect, test } from './fixtures';
import { LoginPage } from './pages/LoginPage';

test('an invitee chooses a password from the invitation link and is signed in', async ({
  page,
}, testInfo) => {
  const api = await apiAs(testInfo.project.use.baseURL as string, 'admin@demo.test');
  const email = `ny-${Date.now().toString(36)}@demo.test`;
  const path = await invitationPath(api, await organisationId(api), {
    email,
    name: 'Nora Ny',
    locale: 'da',
  });
  await api.dispose();

  await page.goto(path);
  await expect(
    page.getByText('Hej Nora Ny. Du er inviteret til Mentorforeningen Demo.'),
  ).toBeVisible();
  await page.getByLabel('Ny adgangskode').fill('kort');
  await page.getByLabel('Gentag den nye adgangskode').fill('kort');
  await page.getByRole('button', { name: 'Opret adgangskode og log ind' }).click();
  await expect(page.getByText('Adgangskoden skal have mindst 10 tegn.')).toBeVisible();

  await page.getByLabel('Ny adgangskode').fill('en-lang-adgangskode');
  await page.getByLabel('Gentag den nye adgangskode').fill('en-lang-adgangskode');
  await page.getByRole('button', { name: 'Opret adgangskode og log ind' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Nora');
  await expect(page.getByText('Velkommen! Din adgangskode er gemt.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mentor', level: 3, exact: true })).toBeVisible();
});

test('forgot password sends a link without telling whether the e-mail is known', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill('nobody@demo.test');
  await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
  await expect(page.getByLabel('E-mail')).toHaveValue('nobody@demo.test');
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(page.getByText('Hvis nobody@demo.test hører til en konto')).toBeVisible();
});

test('a used or wrong reset link says so and offers a new one', async ({ page }) => {
  await page.goto('/reset-password?token=not-a-real-token-123');
  await page.getByLabel('Ny adgangskode').fill('en-lang-adgangskode');
  await page.getByLabel('Gentag den nye adgangskode').fill('en-lang-adgangskode');
  await page.getByRole('button', { name: 'Gem og log ind' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Linket er ugyldigt eller udløbet. Bed om et nyt.',
  );
  await expect(page.getByRole('link', { name: 'Bed om et nyt link' })).toBeVisible();
});

test('a wrong password is refused with the server’s message', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('trainer@demo.test', 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Forkert e-mail eller adgangskode.');
  await login.password.fill(DEMO_PASSWORD);
  await login.submit.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Trine');
});

test('a person changes their name in settings', async ({ page, login }) => {
  await login('hr@demo.test');
  await page.goto('/settings');
  await page.getByLabel('Navn').fill('Henrik Hansen');
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByText('Dit navn er gemt.')).toBeVisible();
  await page.getByLabel('Nuværende adgangskode').fill('forkert-adgangskode');
  await page.getByLabel('Ny adgangskode').fill('en-helt-ny-kode');
  await page.getByLabel('Gentag den nye adgangskode').fill('en-helt-ny-kode');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.getByText('Den nuværende adgangskode er forkert.')).toBeVisible();
});
