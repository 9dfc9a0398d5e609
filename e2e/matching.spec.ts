import { apiAs, organisationId } from './demo';
import { expect, scrollsSideways, test } from './fixtures';
import { programByName, SCHOOL_PROGRAM } from './training-demo';

/**
 * The journey: the coordinator asks for suggestions for the school program's whole
 * waiting list, reads why Mads Mentor suits Lukas, and proposes that pair; Mads and Lukas's
 * guardian say yes; the coordinator schedules the first meeting, which both then see.
 */
const PAIR = 'Mads Mentor og Lukas Forælder';
const PLACE = 'Nørrebro Bibliotek, Bragesgade 10';

test('the coordinator matches from suggestions, and both sides accept', async ({
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
  const coordinatorApi = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinatorApi);
  const programId = await programByName(coordinatorApi, orgId, SCHOOL_PROGRAM);
  const main = page.getByRole('main');

  // The coordinator runs the suggestions and reads the pair's reasons.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/matching`);
  await expect(page.getByRole('link', { name: 'Matchning' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('button', { name: 'Find forslag' }).click();
  const pair = main.getByTestId('suggestion').filter({ hasText: PAIR });
  await expect(pair).toBeVisible();
  await expect(pair).toContainText('Deler 3 interesser: fodbold, computerspil og tegning');
  await expect(pair).toContainText('Bor samme sted (København)');
  await expect(pair).toContainText('Taler menteens foretrukne sprog (dansk)');
  await expect(main.getByText('Holdt udenfor')).toBeVisible();
  await snap('suggestions');

  // Only this pair is proposed.
  await page.getByRole('checkbox', { name: 'Vælg alle' }).uncheck();
  await page.getByRole('checkbox', { name: PAIR }).check();
  await page.getByRole('button', { name: 'Acceptér 1 valgt par' }).click();
  await expect(page.getByText('1 match er foreslået.', { exact: false })).toBeVisible();
  const proposed = main.getByTestId('program-match').filter({ hasText: PAIR });
  await expect(proposed).toContainText('Foreslået');
  await expect(proposed).toContainText('Mentor har ikke svaret');

  // The mentor says yes.
  await login('mentor@demo.test');
  await page.goto('/matches');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine match');
  const mine = main.getByTestId('my-match').filter({ hasText: 'Du er mentor for Lukas Forælder' });
  await mine.getByRole('button', { name: 'Ja tak' }).click();
  await expect(mine).toContainText('Du har sagt ja. Vi venter på den anden part.');
  await snap('mentor-accepted');

  // The guardian says yes for Lukas, who is under 15: the match starts.
  await login('guardian@demo.test');
  await page.goto('/matches');
  const child = main.getByTestId('my-match').filter({ hasText: 'Mentor for Lukas Forælder' });
  await expect(child).toContainText('Som værge siger du ja eller nej på barnets vegne.');
  await child.getByRole('button', { name: 'Ja tak' }).click();
  await expect(child).toContainText('Aktivt');
  await expect(child).toContainText('Mentor: Mads Mentor');
  await expect(child).toContainText('Koordinatoren planlægger jeres første møde');

  // The coordinator schedules the first meeting.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/matching`);
  const active = main.getByTestId('program-match').filter({ hasText: PAIR });
  await expect(active).toContainText('Aktivt');
  await active.getByRole('button', { name: 'Planlæg første møde' }).click();
  const dialog = page.getByRole('dialog');
  const nextWeek = new Date(Date.now() + 7 * 86_400_000);
  const date = `${nextWeek.getFullYear()}-${String(nextWeek.getMonth() + 1).padStart(2, '0')}-${String(nextWeek.getDate()).padStart(2, '0')}`;
  await dialog.getByLabel('Dato').fill(date);
  await dialog.getByLabel('Klokkeslæt').fill('16:30');
  await dialog.getByLabel('Sted').fill(PLACE);
  await snap('schedule-first-meeting');
  await dialog.getByRole('button', { name: 'Planlæg mødet' }).click();
  await expect(dialog).toBeHidden();
  await expect(active).toContainText(`Første møde:`);
  await expect(active).toContainText(PLACE);

  // The guardian sees when and where, on a phone without sideways scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  await login('guardian@demo.test');
  await page.goto('/matches');
  await expect(child).toContainText(PLACE);
  await expect(child).toContainText('16.30');
  expect(await scrollsSideways(page)).toBe(false);
  await snap('guardian-first-meeting-phone');
});
