import { type APIRequestContext, expect, request } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures';

/** An API session as a demo person, for setting up what a screen needs. */
export async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status(), `sign in as ${email}`).toBe(200);
  return api;
}

export async function organisationId(api: APIRequestContext): Promise<string> {
  const me = await (await api.get('/api/v1/me')).json();
  return me.memberships[0].organisationId as string;
}

export async function programId(
  api: APIRequestContext,
  orgId: string,
  status: 'draft' | 'published',
): Promise<string> {
  const page = await (
    await api.get(`/api/v1/organisations/${orgId}/programs?status=${status}`)
  ).json();
  expect(page.items.length, `a ${status} program in the demo`).toBeGreaterThan(0);
  return page.items[0].id as string;
}

/** Invites someone and returns the path of the invitation link from the outbox. */
export async function invitationPath(
  api: APIRequestContext,
  orgId: string,
  invitee: { email: string; name: string; locale: 'da' | 'en' },
): Promise<string> {
  const invited = await api.post(`/api/v1/organisations/${orgId}/members`, {
    data: { ...invitee, roles: ['mentor'] },
  });
  expect(invited.status()).toBe(201);
  const outbox = await (await api.get(`/api/v1/organisations/${orgId}/outbox`)).json();
  const mail = outbox.items.find((item: { to: string }) => item.to === invitee.email);
  const link = /https?:\/\/\S+\/invitation\?token=\S+/.exec(mail?.body ?? '')?.[0];
  expect(link, 'an invitation link in the outbox').toBeTruthy();
  const url = new URL(link as string);
  return `${url.pathname}${url.search}`;
}

/** An API token, so the tokens page shows a list rather than its empty state. */
export async function ensureApiToken(api: APIRequestContext, orgId: string): Promise<void> {
  const tokens = await (await api.get(`/api/v1/organisations/${orgId}/api-tokens`)).json();
  if (tokens.items.length > 0) return;
  const created = await api.post(`/api/v1/organisations/${orgId}/api-tokens`, {
    data: { name: 'Lønsystem', roles: ['coordinator'] },
  });
  expect(created.status()).toBe(201);
}
