import type { Locator, Page } from '@playwright/test';

/** The signed-in frame: navigation, language switch, user menu. */
export class AppShell {
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation');
    this.main = page.getByRole('main');
  }

  /** Follows a link in the navigation, opening the burger menu first on a phone. */
  async navigate(name: string | RegExp) {
    const burger = this.page.getByRole('button', { name: /^(Åbn menuen|Open the menu)$/ });
    if (await burger.isVisible()) await burger.click();
    await this.nav.getByRole('link', { name }).click();
  }

  /** The switch offers the other language, named in that language. */
  async switchLanguageTo(language: 'English' | 'Dansk') {
    await this.page.getByRole('button', { name: language, exact: true }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: /^(Konto|Account):/ }).click();
    await this.page.getByRole('menuitem', { name: /^(Log ud|Sign out)$/ }).click();
  }
}
