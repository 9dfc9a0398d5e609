import { apiAs, organisationId } from './demo';
import { expect, test } from './fixtures';
import { ApiTokensPage } from './pages/ApiTokensPage';

test('an admin creates an API token, sees its secret once, and revokes it', async ({
  page,
  login,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await login('admin@demo.test');
  const tokens = new ApiTokensPage(page);
  const name = `Rapportering ${Date.now().toString(36)}`;
  await tokens.goto();

  const created = await tokens.create(name, ['Koordinator']);
  const secret = (await created.locator('pre, code').first().textContent())?.trim() ?? '';
  expect(secret).toMatch(/^mp_/);
  await created.getByRole('button', { name: 'Kopiér nøglen' }).click();
  await expect(created.getByRole('button', { name: 'Kopieret' })).toBeVisible();
  // The secret works against the API as the roles given…
  const me = await page.request.get('/api/v1/program-types', {
    headers: { Authorization: `Bearer ${secret}` },
  });
  expect(me.status()).toBe(200);
  await created.getByRole('button', { name: 'Jeg har gemt nøglen' }).click();

  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Aktiv');
  await row.getByRole('button', { name: `Tilbagekald ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Tilbagekald API-nøglen?' });
  await confirm.getByRole('button', { name: 'Tilbagekald nøgle' }).click();
  await expect(row).toContainText('Tilbagekaldt');
});

test('a program is archived and restored, each after a confirmation', async ({
  page,
  login,
}, testInfo) => {
  // Its own program, so the other specs' demo programs stay as they are.
  const api = await apiAs(testInfo.project.use.baseURL as string, 'admin@demo.test');
  const name = `Sommerlejr ${Date.now().toString(36)}`;
  const created = await api.post(`/api/v1/organisations/${await organisationId(api)}/programs`, {
    data: { name, type: 'leisure' },
  });
  expect(created.status()).toBe(201);
  const { program } = await created.json();
  await api.dispose();

  await login('admin@demo.test');
  await page.goto(`/programs/${program.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  await page.getByRole('button', { name: 'Arkivér' }).click();
  const archive = page.getByRole('dialog', { name: 'Arkivér programmet?' });
  await expect(archive).toContainText('Du kan gendanne det senere.');
  await archive.getByRole('button', { name: 'Arkivér program' }).click();
  await expect(page.getByText('Programmet er arkiveret', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Navn')).toBeDisabled();

  await page.getByRole('button', { name: 'Gendan' }).click();
  await page
    .getByRole('dialog', { name: 'Gendan programmet?' })
    .getByRole('button', { name: 'Gendan program' })
    .click();
  await expect(page.getByText(`${name} er gendannet som kladde.`)).toBeVisible();
  await expect(page.getByLabel('Navn')).toBeEnabled();
});
