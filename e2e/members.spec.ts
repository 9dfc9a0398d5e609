import { apiAs, organisationId } from './demo';
import { expect, test } from './fixtures';
import { MembersPage } from './pages/MembersPage';

test('an admin invites a member, changes their roles and removes them', async ({ page, login }) => {
  await login('admin@demo.test');
  const members = new MembersPage(page);
  const name = `Bo Bisidder ${Date.now().toString(36)}`;
  const email = `bo-${Date.now().toString(36)}@demo.test`;
  await members.goto();

  await members.invite({ name, email, roles: ['Underviser'] });
  await expect(page.getByText(`${name} er inviteret.`, { exact: false })).toBeVisible();
  await members.search(name);
  await expect(members.row(name)).toContainText('Inviteret');
  await expect(members.row(name)).toContainText('Underviser');

  await members.openActions(name);
  await page.getByRole('menuitem', { name: 'Send invitationen igen' }).click();
  await expect(page.getByText(`Invitationen er sendt igen til ${email}.`)).toBeVisible();

  await members.openActions(name);
  await page.getByRole('menuitem', { name: 'Redigér roller' }).click();
  const roles = page.getByRole('dialog', { name: 'Redigér roller' });
  await roles.getByRole('checkbox', { name: 'Koordinator' }).check();
  await roles.getByRole('button', { name: 'Gem' }).click();
  await expect(members.row(name)).toContainText('Koordinator');

  await members.openActions(name);
  await page.getByRole('menuitem', { name: 'Fjern fra organisationen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Fjern medlem?' });
  await expect(confirm).toContainText('Personens konto bliver ikke slettet');
  await confirm.getByRole('button', { name: 'Fjern medlem' }).click();
  await expect(page.getByText(`${name} er fjernet fra organisationen.`)).toBeVisible();
  await expect(page.getByText('Ingen medlemmer passer til søgningen')).toBeVisible();
});

test('the last admin cannot lose the admin role, and the server says so', async ({
  page,
  login,
}) => {
  await login('admin@demo.test');
  const members = new MembersPage(page);
  await members.goto();
  await members.openActions('Anne Admin');
  await page.getByRole('menuitem', { name: 'Redigér roller' }).click();
  const roles = page.getByRole('dialog', { name: 'Redigér roller' });
  await roles.getByRole('checkbox', { name: 'Administrator' }).uncheck();
  await roles.getByRole('checkbox', { name: 'Koordinator' }).check();
  await roles.getByRole('button', { name: 'Gem' }).click();
  await expect(roles.getByRole('alert')).toHaveText(
    'Organisationen skal have mindst én administrator.',
  );
});

test('members are listed a page at a time', async ({ page, login }, testInfo) => {
  // More members than one page holds, whatever ran before.
  const api = await apiAs(testInfo.project.use.baseURL as string, 'admin@demo.test');
  const orgId = await organisationId(api);
  const all = await (await api.get(`/api/v1/organisations/${orgId}/members?limit=200`)).json();
  for (let n = all.items.length; n < 23; n += 1) {
    const invited = await api.post(`/api/v1/organisations/${orgId}/members`, {
      data: { name: `Frivillig ${n}`, email: `frivillig-${n}@demo.test`, roles: ['mentor'] },
    });
    expect([201, 409]).toContain(invited.status());
  }
  const listed = await (await api.get(`/api/v1/organisations/${orgId}/members?limit=200`)).json();
  const total: number = listed.items.length;
  await api.dispose();

  await login('admin@demo.test');
  const members = new MembersPage(page);
  await members.goto();
  const rows = members.main.getByRole('row');
  await expect(rows).toHaveCount(21); // the header and a page of 20
  const more = page.getByRole('button', { name: 'Vis flere' });
  // Page after page until every member is shown, and then no button.
  for (let shown = 20; shown < total; shown += 20) {
    await more.click();
    await expect(rows).toHaveCount(Math.min(total, shown + 20) + 1);
  }
  await expect(more).toHaveCount(0);
});

test('a mentor sees published programs but no members page', async ({ page, login }) => {
  await login('mentor@demo.test');
  await page.goto('/');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Programmer' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Medlemmer' })).toHaveCount(0);
  await page.goto('/members');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen adgang');
});
