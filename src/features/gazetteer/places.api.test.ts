import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/places', () => {
  it('completes a place name without sign-in, and names the source', async () => {
    const res = await t.app.inject({ url: '/api/v1/places?q=k%C3%B8ben' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items[0]).toEqual({
      name: 'København',
      municipality: 'København',
      label: 'København',
    });
    expect(body.source).toMatch(/GeoNames.*CC BY 4\.0/);
  });

  it('tells same-named places apart by municipality', async () => {
    const res = await t.app.inject({ url: '/api/v1/places?q=viby' });
    expect(res.json().items.map((p: { label: string }) => p.label)).toEqual(
      expect.arrayContaining(['Viby (Aarhus)', 'Viby (Roskilde)']),
    );
  });

  it('answers nothing for nothing, and refuses a query that is too long', async () => {
    expect((await t.app.inject({ url: '/api/v1/places?q=' })).json().items).toEqual([]);
    const long = await t.app.inject({ url: `/api/v1/places?q=${'a'.repeat(81)}` });
    expect(long.statusCode).toBe(400);
  });
});
