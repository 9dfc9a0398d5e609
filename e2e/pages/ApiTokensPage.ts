import type { Page } from '@playwright/test';

/** API tokens (Danish texts). */
export class ApiTokensPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/api-tokens');
  }

  async create(name: string, roles: string[]) {
    await this.page.getByRole('button', { name: 'Ny API-nøgle' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Ny API-nøgle' });
    await dialog.getByLabel('Navn').fill(name);
    for (const role of roles) await dialog.getByRole('checkbox', { name: role }).check();
    await dialog.getByRole('button', { name: 'Opret nøgle' }).click();
    return this.page.getByRole('dialog', { name: 'Din nye API-nøgle' });
  }
}
