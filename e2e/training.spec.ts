import { apiAs, organisationId } from './demo';
import { expect, test } from './fixtures';
import {
  createSession,
  enrol,
  items,
  passAllBut,
  programByName,
  publishedCurriculum,
  rightAnswers,
  SCHOOL_PROGRAM,
} from './training-demo';

/**
 * The journey: a mentor in training reads lessons, fails a quiz and then passes
 * it, and signs up for the in-person session; the trainer takes attendance; the
 * certificate appears and verifies; the coordinator now sees the mentor as eligible.
 * Everything else in the curriculum is passed through the API first.
 */
const TRAINEE = 'trainee@demo.test';
// The demo has Tina 40 % through: these come after what she has done.
const BY_HAND = [
  'safeguarding-children-signs',
  'safeguarding-children-responding',
  'safeguarding-children-quiz',
];
const SESSION = 'school-support-session';
/** The gate's refusal in Danish (server/i18n/da.json, errors.training_incomplete). */
const TRAINING_INCOMPLETE = 'Mentoren har ikke gennemført mentoruddannelsen.';
const PLACE = 'Nørrebro Bibliotek, mødelokale 2';

test('a mentor trains, is certified and may then mentor', async ({ page, login }, testInfo) => {
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
  const heading = page.getByRole('heading', { level: 1 });
  const main = page.getByRole('main');

  // Setup: Tina is enrolled in the school program and has done all but the items below.
  const coordinator = await apiAs(baseURL, 'coordinator@demo.test');
  const orgId = await organisationId(coordinator);
  const programId = await programByName(coordinator, orgId, SCHOOL_PROGRAM);
  const curriculum = await publishedCurriculum(coordinator, programId);
  const enrolmentId = await enrol(coordinator, baseURL, orgId, programId, TRAINEE);
  await coordinator.dispose();
  await passAllBut(baseURL, TRAINEE, programId, enrolmentId, curriculum, [...BY_HAND, SESSION]);
  const trainer = await apiAs(baseURL, 'trainer@demo.test');
  await createSession(trainer, programId, SESSION, PLACE, 1);
  await trainer.dispose();
  const quiz = items(curriculum).find((i) => i.key === 'safeguarding-children-quiz');
  if (!quiz) throw new Error('the school curriculum has no safeguarding quiz');
  const right = rightAnswers(quiz);

  // Before: the coordinator sees Tina may not mentor, because training is not complete.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/mentors`);
  const tinaRow = main.getByRole('row', { name: /Tina Træning/ });
  await expect(tinaRow).toContainText('Nej');
  await expect(tinaRow).toContainText('Træningen er ikke gennemført');
  await snap('coordinator-before');
  // A match attempt is refused by the gate, with the reason.
  await tinaRow.getByRole('button', { name: 'Match Tina Træning med en mentee' }).click();
  const dialog = page.getByRole('dialog');
  const menteeSelect = dialog.getByLabel('Mentee');
  const firstMentee = await menteeSelect.locator('option').nth(1).getAttribute('value');
  await menteeSelect.selectOption(firstMentee as string);
  await dialog.getByRole('button', { name: 'Foreslå match' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Matchet kan ikke oprettes');
  await expect(dialog.getByRole('alert')).toContainText(TRAINING_INCOMPLETE);
  await snap('match-refused');
  await dialog.getByRole('button', { name: 'Annullér' }).click();

  // Tina opens her training from the navigation and resumes where she left off.
  await login(TRAINEE);
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Min træning' }).click();
  await expect(heading).toHaveText('Min træning');
  await expect(main.getByText(/Frist .* dage? tilbage/)).toBeVisible();
  await snap('my-training');
  await main.getByRole('link', { name: /^(Fortsæt hvor du slap|Start træningen)$/ }).click();
  await expect(heading).toHaveText('Tegn på omsorgssvigt og overgreb');

  // Lesson one: read, marked read, and answered "Did this help you?".
  await main.getByRole('button', { name: 'Marker som læst' }).click();
  await expect(main.getByText('Du har læst lektionen')).toBeVisible();
  await main.getByRole('button', { name: 'Ja', exact: true }).click();
  await main.getByLabel('Kommentar (valgfri)').fill('Godt med konkrete tegn at kigge efter.');
  await main.getByRole('button', { name: 'Send svar' }).click();
  await expect(main.getByText('Du svarede, at lektionen hjalp dig. Tak!')).toBeVisible();
  await snap('lesson-read');

  // Lesson two, through "Next".
  await main.getByRole('link', { name: /Næste/ }).click();
  await expect(heading).toHaveText('Når et barn fortæller dig noget');
  await main.getByRole('button', { name: 'Marker som læst' }).click();
  await expect(main.getByText('Du har læst lektionen')).toBeVisible();

  // The quiz: wrong answers first…
  await main.getByRole('link', { name: /Næste/ }).click();
  await expect(heading).toHaveText('Quiz: Hvad gør du?');
  for (const answer of right) {
    const options = main.locator(`[id="question-${answer.questionId}"] input`);
    const count = await options.count();
    const wrong = [...Array(count).keys()].find((i) => !answer.optionIndexes.includes(i)) ?? 0;
    await options.nth(wrong).check();
  }
  await main.getByRole('button', { name: 'Aflever svar' }).click();
  await expect(main.getByText('Ikke bestået', { exact: true }).first()).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Svarene forklaret' })).toBeVisible();
  await expect(main.getByText('Rigtigt svar').first()).toBeVisible();
  await snap('quiz-failed');

  // …then, after reading the explanations, the right ones.
  await main.getByRole('button', { name: 'Prøv igen' }).first().click();
  for (const answer of right) {
    const options = main.locator(`[id="question-${answer.questionId}"] input`);
    for (const index of answer.optionIndexes) await options.nth(index).check();
  }
  await main.getByRole('button', { name: 'Aflever svar' }).click();
  await expect(main.getByText('Bestået', { exact: true }).first()).toBeVisible();
  await snap('quiz-passed');

  // The in-person session: Tina signs up for one.
  await page.goto(`/training/${enrolmentId}/${SESSION}`);
  await expect(heading).toHaveText('Introaften for nye lektiementorer');
  const session = main.getByRole('listitem').filter({ hasText: PLACE });
  await session.getByRole('button', { name: 'Tilmeld' }).click();
  await expect(session.getByText('Du er tilmeldt')).toBeVisible();
  await snap('session-signed-up');

  // The trainer takes attendance: present.
  await login('trainer@demo.test');
  await page.goto(`/programs/${programId}/sessions`);
  const trainerSession = main.getByRole('listitem').filter({ hasText: PLACE }).first();
  await trainerSession.getByRole('button', { name: 'Fremmøde' }).click();
  const attendance = trainerSession.getByRole('radiogroup', { name: 'Fremmøde for Tina Træning' });
  await attendance.getByText('Mødt', { exact: true }).click();
  await expect(trainerSession.getByText('Gemt', { exact: true })).toBeVisible();
  await snap('attendance');

  // Tina's certificate appears, and its public page confirms it without signing in.
  await login(TRAINEE);
  await page.goto('/training');
  await expect(main.getByText('Kursusbevis', { exact: true })).toBeVisible();
  await expect(main.getByText('Certificeret')).toBeVisible();
  await snap('certified');
  const verify = main.getByRole('link', { name: 'Åbn bekræftelsessiden' });
  const href = await verify.getAttribute('href');
  await page.context().clearCookies();
  await page.goto(href as string);
  await expect(heading).toHaveText('Bekræftelse af kursusbevis');
  await expect(page.getByText('Kursusbeviset er gyldigt')).toBeVisible();
  await expect(page.getByText('Tina Træning')).toBeVisible();
  await expect(page.getByText(SCHOOL_PROGRAM)).toBeVisible();
  await snap('verified');

  // The coordinator now sees Tina as eligible to mentor.
  await login('coordinator@demo.test');
  await page.goto(`/programs/${programId}/mentors`);
  await expect(tinaRow).toContainText('Ja');
  await expect(tinaRow).not.toContainText('Træningen er ikke gennemført');
  await snap('coordinator-after');
});
