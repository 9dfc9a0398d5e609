import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { memberships } from './tables';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  roles: string[];
  status: string;
}

async function newOrg() {
  const org = await buildOrganisation(t.db);
  const admin = await buildMember(t.db, org.id, { roles: ['admin'], name: 'Aase Admin' });
  return { orgId: org.id, admin, headers: await t.as(admin.user.id) };
}

async function list(orgId: string, headers: Record<string, string>, query = '') {
  const res = await t.app.inject({
    url: `/api/v1/organisations/${orgId}/members${query}`,
    headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Member[]; nextCursor: string | null };
}

function patchRoles(id: string, headers: Record<string, string>, roles: string[]) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/v1/memberships/${id}`,
    headers,
    payload: { roles },
  });
}

function remove(id: string, headers: Record<string, string>) {
  return t.app.inject({ method: 'DELETE', url: `/api/v1/memberships/${id}`, headers });
}

async function rolesOf(id: string) {
  const [row] = await t.db.select().from(memberships).where(eq(memberships.id, id));
  return row?.roles ?? null;
}

describe('listing members', () => {
  it('walks more than 50 members with nextCursor, each exactly once, in name order', async () => {
    const { orgId, headers } = await newOrg();
    // Several people share a name, so the cursor must also order by id.
    for (let i = 0; i < 60; i++) {
      await buildMember(t.db, orgId, {
        name: i % 4 === 0 ? 'Samme Navn' : `Person ${String(i).padStart(2, '0')}`,
        roles: i % 3 === 0 ? ['coordinator'] : ['mentor'],
      });
    }
    const first = await list(orgId, headers);
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).toEqual(expect.any(String));

    const seen: Member[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(
        orgId,
        headers,
        `?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(61);
    expect(new Set(seen.map((m) => m.id)).size).toBe(61);
    const names = seen.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(seen.filter((m) => m.name === 'Samme Navn')).toHaveLength(15);
  });

  it('searches by name or e-mail, literally, and filters by role', async () => {
    const { orgId, headers } = await newOrg();
    await buildMember(t.db, orgId, { name: 'Karen Blixen', email: 'karen@example.test' });
    await buildMember(t.db, orgId, { name: 'Bo Bedre', email: 'bo.karensen@example.test' });
    await buildMember(t.db, orgId, { name: '100% Sikker', roles: ['coordinator'] });
    await buildMember(t.db, orgId, { name: 'Under_Streg', roles: ['trainer'] });

    const karen = await list(orgId, headers, '?search=KAREN');
    expect(karen.items.map((m) => m.name)).toEqual(['Bo Bedre', 'Karen Blixen']);
    const percent = await list(orgId, headers, `?search=${encodeURIComponent('%')}`);
    expect(percent.items.map((m) => m.name)).toEqual(['100% Sikker']);
    const underscore = await list(orgId, headers, '?search=_');
    expect(underscore.items.map((m) => m.name)).toEqual(['Under_Streg']);
    const coordinators = await list(orgId, headers, '?role=coordinator');
    expect(coordinators.items.map((m) => m.name)).toEqual(['100% Sikker']);
    const admins = await list(orgId, headers, '?role=admin&search=aase');
    expect(admins.items.map((m) => m.name)).toEqual(['Aase Admin']);
    expect((await list(orgId, headers, '?search=nobody')).items).toEqual([]);
    await buildMember(t.db, orgId, { name: 'Ib Inviteret', password: null, status: 'invited' });
    const invited = await list(orgId, headers, '?status=invited');
    expect(invited.items.map((m) => m.name)).toEqual(['Ib Inviteret']);
    expect((await list(orgId, headers, '?status=active')).items.map((m) => m.name)).not.toContain(
      'Ib Inviteret',
    );
  });

  it('is for admins and coordinators only', async () => {
    const { orgId } = await newOrg();
    const coordinator = await buildMember(t.db, orgId, { roles: ['coordinator'] });
    const mentor = await buildMember(t.db, orgId, { roles: ['mentor'] });
    await list(orgId, await t.as(coordinator.user.id));
    const res = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/members`,
      headers: await t.as(mentor.user.id),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('roles', () => {
  it('changes a member’s roles, without duplicates', async () => {
    const { orgId, headers } = await newOrg();
    const { membership } = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const res = await patchRoles(membership.id, headers, ['coordinator', 'trainer', 'coordinator']);
    expect(res.statusCode).toBe(200);
    expect(res.json().member).toMatchObject({
      id: membership.id,
      roles: ['coordinator', 'trainer'],
    });
    expect(await rolesOf(membership.id)).toEqual(['coordinator', 'trainer']);
    const listed = await list(orgId, headers, '?role=trainer');
    expect(listed.items.map((m) => m.id)).toEqual([membership.id]);
  });

  it('refuses an empty role list or an unknown role with 400', async () => {
    const { orgId, headers } = await newOrg();
    const { membership } = await buildMember(t.db, orgId, { roles: ['mentor'] });
    for (const roles of [[], ['superuser']]) {
      const res = await patchRoles(membership.id, headers, roles);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toMatch(/^roles/);
    }
    expect(await rolesOf(membership.id)).toEqual(['mentor']);
  });

  it('keeps the last admin: no losing the role, no removal (409 last_admin, nothing changed)', async () => {
    const { orgId, admin, headers } = await newOrg();
    // An invited admin who has not accepted does not count.
    await buildMember(t.db, orgId, { roles: ['admin'], status: 'invited' });
    const demote = await patchRoles(admin.membership.id, headers, ['coordinator']);
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('last_admin');
    expect(await rolesOf(admin.membership.id)).toEqual(['admin']);
    const removal = await remove(admin.membership.id, headers);
    expect(removal.statusCode).toBe(409);
    expect(removal.json().error.code).toBe('last_admin');
    expect(await rolesOf(admin.membership.id)).toEqual(['admin']);
    // Still an admin: can still act as one.
    await list(orgId, headers);
  });

  it('lets an admin step down once another admin exists', async () => {
    const { orgId, admin, headers } = await newOrg();
    const other = await buildMember(t.db, orgId, { roles: ['mentor'] });
    expect((await patchRoles(other.membership.id, headers, ['admin', 'mentor'])).statusCode).toBe(
      200,
    );
    const down = await patchRoles(admin.membership.id, headers, ['coordinator']);
    expect(down.statusCode).toBe(200);
    expect(await rolesOf(admin.membership.id)).toEqual(['coordinator']);
    // Now a coordinator, no longer allowed to manage members.
    expect((await patchRoles(other.membership.id, headers, ['mentor'])).statusCode).toBe(403);
  });

  it('never ends up without an admin when two admins demote each other at once', async () => {
    for (let round = 0; round < 5; round++) {
      const { orgId, admin, headers } = await newOrg();
      const other = await buildMember(t.db, orgId, { roles: ['admin'] });
      const otherHeaders = await t.as(other.user.id);
      const [a, b] = await Promise.all([
        patchRoles(other.membership.id, headers, ['mentor']),
        patchRoles(admin.membership.id, otherHeaders, ['mentor']),
      ]);
      // One wins; the other is refused: last_admin, or forbidden if it was no longer an admin.
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const admins = await t.db
        .select()
        .from(memberships)
        .where(eq(memberships.organisationId, orgId));
      expect(admins.filter((m) => m.roles.includes('admin'))).toHaveLength(1);
    }
  });
});

describe('inviting', () => {
  it('answers one 201 and one 409 when the same new person is invited twice at once', async () => {
    const { orgId, headers } = await newOrg();
    for (let round = 0; round < 3; round++) {
      const email = `twice${round}-${orgId.slice(-6)}@example.test`;
      const answers = await Promise.all(
        [0, 1].map(() =>
          t.app.inject({
            method: 'POST',
            url: `/api/v1/organisations/${orgId}/members`,
            headers,
            payload: { email, name: 'Twice', roles: ['mentor'] },
          }),
        ),
      );
      const statuses = answers.map((res) => res.statusCode).sort();
      expect(statuses, answers.map((res) => res.body).join('\n')).toEqual([201, 409]);
      expect((await list(orgId, headers, `?search=${email}`)).items).toHaveLength(1);
    }
  });
});

describe('removing members', () => {
  it('removes a member: gone from the list, their sign-in no longer reaches the organisation', async () => {
    const { orgId, headers } = await newOrg();
    const mentor = await buildMember(t.db, orgId, { roles: ['mentor'] });
    const mentorHeaders = await t.as(mentor.user.id);
    const before = await t.app.inject({
      url: `/api/v1/organisations/${orgId}`,
      headers: mentorHeaders,
    });
    expect(before.statusCode).toBe(200);
    const res = await remove(mentor.membership.id, headers);
    expect(res.statusCode).toBe(204);
    expect((await list(orgId, headers)).items.map((m) => m.id)).not.toContain(mentor.membership.id);
    const after = await t.app.inject({
      url: `/api/v1/organisations/${orgId}`,
      headers: mentorHeaders,
    });
    expect(after.statusCode).toBe(404);
    // Their account stays.
    expect((await t.app.inject({ url: '/api/v1/me', headers: mentorHeaders })).statusCode).toBe(
      200,
    );
    const again = await remove(mentor.membership.id, headers);
    expect(again.statusCode).toBe(404);
  });

  it('voids a pending invitation when the invitee is removed', async () => {
    const { orgId, headers } = await newOrg();
    const invite = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/members`,
      headers,
      payload: { email: 'removed-invitee@example.test', name: 'Rikke Fjernet', roles: ['mentor'] },
    });
    expect(invite.statusCode).toBe(201);
    const outbox = await t.app.inject({ url: `/api/v1/organisations/${orgId}/outbox`, headers });
    const token = /token=([^\s&]+)/.exec(outbox.json().items[0].body)?.[1];
    expect(token).toBeTruthy();
    expect((await t.app.inject({ url: `/api/v1/auth/invitations/${token}` })).statusCode).toBe(200);
    expect((await remove(invite.json().member.id, headers)).statusCode).toBe(204);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: decodeURIComponent(token ?? ''), password: 'a long enough password' },
    });
    expect(accept.statusCode).toBe(410);
    expect(accept.json().error.code).toBe('token_invalid');
  });
});

describe('API tokens', () => {
  it('shows the secret once, lists tokens without it, works as Bearer, and stops when revoked', async () => {
    const { orgId, headers } = await newOrg();
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/api-tokens`,
      headers,
      payload: { name: 'HR-system', roles: ['coordinator'] },
    });
    expect(created.statusCode).toBe(201);
    const { apiToken, secret } = created.json();
    expect(secret).toMatch(/^mp_[\w-]{40,}$/);
    expect(apiToken).toMatchObject({
      name: 'HR-system',
      roles: ['coordinator'],
      prefix: secret.slice(0, 10),
      lastUsedAt: null,
      revokedAt: null,
    });

    const listed = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/api-tokens`,
      headers,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toHaveLength(1);
    expect(listed.body).not.toContain(secret);
    expect(listed.json().items[0]).not.toHaveProperty('secret');

    const bearer = { authorization: `Bearer ${secret}` };
    const programs = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: bearer,
    });
    expect(programs.statusCode).toBe(200);
    expect(programs.json()).toEqual({ items: [], nextCursor: null });
    const createdProgram = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: bearer,
      payload: { name: 'Fra HR', type: 'workplace' },
    });
    expect(createdProgram.statusCode).toBe(201);
    const used = await t.app.inject({ url: `/api/v1/organisations/${orgId}/api-tokens`, headers });
    expect(used.json().items[0].lastUsedAt).toEqual(expect.any(String));

    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/api-tokens/${apiToken.id}/revoke`,
      headers,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().apiToken.revokedAt).toEqual(expect.any(String));
    const after = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: bearer,
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('carries its roles: a mentor token may read programs but gets 403 creating one', async () => {
    const { orgId, headers } = await newOrg();
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/api-tokens`,
      headers,
      payload: { name: 'Read only', roles: ['mentor'] },
    });
    const bearer = { authorization: `Bearer ${created.json().secret}` };
    const read = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: bearer,
    });
    expect(read.statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: bearer,
      payload: { name: 'Not allowed', type: 'school' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('forbidden');
    const tokens = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/api-tokens`,
      headers: bearer,
    });
    expect(tokens.statusCode).toBe(403);
  });

  it('is managed by admins only', async () => {
    const { orgId } = await newOrg();
    const coordinator = await buildMember(t.db, orgId, { roles: ['coordinator'] });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/api-tokens`,
      headers: await t.as(coordinator.user.id),
      payload: { name: 'Sneaky', roles: ['admin'] },
    });
    expect(res.statusCode).toBe(403);
  });
});
