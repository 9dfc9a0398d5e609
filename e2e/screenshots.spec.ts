import { collectPageErrors, expect, type Locale, scrollsSideways, test } from './fixtures';
import { type DemoFacts, demoFacts, viewports, visitScreens } from './screens';

/**
 * Every page in Danish and English, at desktop and phone width, saved under test-results/
 * for people to look at. Also fails when a page scrolls sideways or shows the wrong language.
 */
let facts: DemoFacts;

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures from this pattern
test.beforeAll(async ({}, testInfo) => {
  facts = await demoFacts(
    testInfo.project.use.baseURL as string,
    `screenshots-${testInfo.workerIndex}-${Date.now()}@demo.test`,
  );
});

for (const locale of ['da', 'en'] as const satisfies Locale[]) {
  for (const [size, viewport] of Object.entries(viewports)) {
    test(`screenshots in ${locale} at ${size} width`, async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      const errors = collectPageErrors(page);
      await visitScreens(page, facts, locale, async (screen) => {
        await expect.soft(page.locator('html'), screen.name).toHaveAttribute('lang', locale);
        expect.soft(await scrollsSideways(page), `${screen.name} scrolls sideways`).toBe(false);
        await page.screenshot({
          path: testInfo.outputPath(`${screen.name}-${locale}-${size}.png`),
          fullPage: true,
        });
      });
      expect(errors, 'errors reported by the page').toEqual([]);
    });
  }
}
