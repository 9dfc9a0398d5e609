import type { Locator, Page } from '@playwright/test';

/** The sign-in page, in either language. */
export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel(/^(E-mail)/);
    this.password = page.getByLabel(/^(Adgangskode|Password)/);
    this.submit = page.getByRole('button', { name: /^(Log ind|Sign in)$/ });
  }

  async goto(next?: string) {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
