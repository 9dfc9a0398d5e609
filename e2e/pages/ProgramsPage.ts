import type { Locator, Page } from '@playwright/test';

/** The programs list and the new-program form. */
export class ProgramsPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('main');
  }

  async goto() {
    await this.page.goto('/programs');
  }

  async startNew() {
    await this.page
      .getByRole('link', { name: /^(Nyt program|New program)$/ })
      .first()
      .click();
  }

  /** Fills the new-program form; settings other than those given keep the type's defaults. */
  async fillNew(program: { name: string; type: RegExp; trainingMinutes?: number }) {
    await this.page.getByLabel(/^(Navn|Name)/).fill(program.name);
    await this.page.getByRole('radio', { name: program.type }).click();
    if (program.trainingMinutes !== undefined) {
      await this.trainingMinutes().fill(String(program.trainingMinutes));
    }
  }

  trainingMinutes() {
    return this.page.getByLabel(/^(Træningens længde|Length of training)/);
  }

  async submitNew() {
    await this.page.getByRole('button', { name: /^(Opret kladde|Create draft)$/ }).click();
  }

  programLink(name: string) {
    return this.list.getByRole('link', { name, exact: true });
  }
}
