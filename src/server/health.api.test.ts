import net, { type AddressInfo, type Socket } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { openDatabase } from '../db/client';
import { openTestDatabase, startTestApp, type TestApp, testDatabaseKind } from '../test/harness';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function expectUnavailable(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(503);
  expect(res.json().error).toEqual({
    code: 'unavailable',
    message: 'Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.',
  });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('GET /api/health', () => {
  it('answers ok, the kind of database and the version, without signing in', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: testDatabaseKind === 'pglite' ? 'pglite' : 'postgresql',
      version: packageJson.version,
    });
  });

  it('answers 503 unavailable with Retry-After when the database is closed', async () => {
    const { database, drop } = await openTestDatabase();
    const app = await startTestApp({ database });
    try {
      expect((await app.app.inject({ url: '/api/health' })).statusCode).toBe(200);
      await drop();
      expectUnavailable(await app.app.inject({ url: '/api/health' }));
    } finally {
      await app.close();
    }
  });

  it('answers 503 when PostgreSQL refuses connections', async () => {
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const database = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/gone` });
    const app = await startTestApp({ database });
    try {
      expectUnavailable(await app.app.inject({ url: '/api/health' }));
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('answers 503 within seconds when PostgreSQL does not answer at all', async () => {
    const sockets: Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    const port = await listen(silent);
    const database = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/silent` });
    const app = await startTestApp({ database });
    try {
      const started = Date.now();
      expectUnavailable(await app.app.inject({ url: '/api/health' }));
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await app.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      await database.close();
    }
  });
});
