import type { Locator, Page } from '@playwright/test';

/** The members list with its dialogs (Danish texts). */
export class MembersPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async goto() {
    await this.page.goto('/members');
  }

  async search(text: string) {
    await this.page.getByLabel('Søg efter navn eller e-mail').fill(text);
  }

  row(name: string) {
    return this.main.getByRole('row').filter({ hasText: name });
  }

  async invite(person: { name: string; email: string; roles: string[] }) {
    await this.page.getByRole('button', { name: 'Invitér medlem' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Invitér et medlem' });
    await dialog.getByLabel('Navn').fill(person.name);
    await dialog.getByLabel('E-mail').fill(person.email);
    // Mentor is ticked to begin with.
    await dialog.getByRole('checkbox', { name: 'Mentor' }).uncheck();
    for (const role of person.roles) await dialog.getByRole('checkbox', { name: role }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
  }

  async openActions(name: string) {
    await this.page.getByRole('button', { name: `Handlinger for ${name}` }).click();
  }
}
