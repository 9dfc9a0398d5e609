import AxeBuilder from '@axe-core/playwright';
import { expect, type Locale, test } from './fixtures';
import { type DemoFacts, demoFacts, viewports, visitScreens } from './screens';

/**
 * axe (WCAG 2 A and AA) on every screen, in Danish at desktop and phone width. Fails on
 * any serious or critical violation, listing them all. (English uses the same components;
 * the screenshots spec checks its language attribute and layout.)
 */
let facts: DemoFacts;

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures from this pattern
test.beforeAll(async ({}, testInfo) => {
  facts = await demoFacts(
    testInfo.project.use.baseURL as string,
    `a11y-${testInfo.workerIndex}-${Date.now()}@demo.test`,
  );
});

const runs: { locale: Locale; size: keyof typeof viewports }[] = [
  { locale: 'da', size: 'desktop' },
  { locale: 'da', size: 'phone' },
];

for (const { locale, size } of runs) {
  test(`no serious accessibility violations in ${locale} at ${size} width`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewports[size]);
    const found: string[] = [];
    await visitScreens(
      page,
      facts,
      locale,
      async (screen) => {
        await expect(page.locator('html'), screen.name).toHaveAttribute('lang', locale);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        for (const violation of result.violations) {
          if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
          const where = violation.nodes
            .slice(0, 5)
            .map(
              (node) =>
                `      ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
            )
            .join('\n');
          found.push(
            `${screen.name}: [${violation.impact}] ${violation.id} – ${violation.help}\n${where}`,
          );
        }
      },
      (screen) => !screen.sameAs,
    );
    expect(found, `serious or critical violations:\n${found.join('\n')}`).toEqual([]);
  });
}
