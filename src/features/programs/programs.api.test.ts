import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation, buildProgram } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let orgId: string;
let coordinator: Record<string, string>;
let mentor: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  const org = await buildOrganisation(t.db);
  orgId = org.id;
  coordinator = await t.as((await buildMember(t.db, orgId, { roles: ['coordinator'] })).user.id);
  mentor = await t.as((await buildMember(t.db, orgId, { roles: ['mentor'] })).user.id);
});
afterAll(() => t.close());

describe('programs', () => {
  it('takes the type defaults when a program is created', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: coordinator,
      payload: { name: 'Lektiecafé', type: 'school' },
    });
    expect(res.statusCode).toBe(201);
    const { program } = res.json();
    expect(program).toMatchObject({
      name: 'Lektiecafé',
      type: 'school',
      status: 'draft',
      trainingMinutes: 240,
      inPersonSessionRequired: true,
      trainingWindowDays: 14,
      childCertificate: 'when_under_15',
    });
  });

  it('refuses to go below the floor and says the floor, in the caller’s language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: { ...coordinator, 'accept-language': 'en' },
      payload: { name: 'Too short', type: 'school', trainingMinutes: 60 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'trainingMinutes',
        message: 'Training cannot be less than 120 minutes for this program type.',
      },
    ]);
    const da = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: coordinator,
      payload: { name: 'Uden attest', type: 'leisure', childCertificate: 'never' },
    });
    expect(da.json().error.details.issues[0].message).toBe(
      'Denne programtype kræver børneattest mindst: når en mentee er under 15 år.',
    );
  });

  it('lets a coordinator raise settings, and archive', async () => {
    const program = await buildProgram(t.db, orgId, { type: 'career' });
    const raised = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/programs/${program.id}`,
      headers: coordinator,
      payload: { trainingMinutes: 90, status: 'published' },
    });
    expect(raised.json().program).toMatchObject({ trainingMinutes: 90, status: 'published' });
    const archived = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programs/${program.id}/archive`,
      headers: coordinator,
    });
    expect(archived.json().program.status).toBe('archived');
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/programs/${program.id}`,
      headers: coordinator,
      payload: { name: 'Changed' },
    });
    expect(edit.statusCode).toBe(409);
  });

  it('shows mentors published programs only, and refuses them edits', async () => {
    const draft = await buildProgram(t.db, orgId, { name: 'Hemmelig kladde' });
    const list = await t.app.inject({
      url: `/api/v1/organisations/${orgId}/programs`,
      headers: mentor,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: { status: string }) => p.status)).not.toContain('draft');
    const read = await t.app.inject({ url: `/api/v1/programs/${draft.id}`, headers: mentor });
    expect(read.statusCode).toBe(404);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/programs/${draft.id}`,
      headers: mentor,
      payload: { name: 'Mine' },
    });
    expect(edit.statusCode).toBe(403);
  });
});
