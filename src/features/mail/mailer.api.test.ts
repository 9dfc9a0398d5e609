import net, { type AddressInfo } from 'node:net';
import { desc, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMember, buildOrganisation } from '../../db/factories';
import { startTestApp, type TestApp } from '../../test/harness';
import { outboundMail } from './tables';

interface Received {
  to: string[];
  headers: Record<string, string>;
  subject: string;
  body: string;
}

/** A real SMTP server on a free port that keeps what it receives. */
async function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME to read what nodemailer sends: unfolded headers, RFC 2047 words, QP/base64. */
function parseMessage(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoded = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const body =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(encoded)
      : encoding === 'base64'
        ? Buffer.from(encoded, 'base64').toString('utf8')
        : encoded;
  return {
    headers,
    subject: decodeWords(headers.subject ?? ''),
    body: body.replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let orgId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } });
  orgId = (await buildOrganisation(t.db, { name: 'Mentorhuset' })).id;
  admin = await t.as(
    (await buildMember(t.db, orgId, { roles: ['admin'], name: 'Anne Admin' })).user.id,
  );
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

function messageTo(email: string): Received {
  const found = smtp.received.filter((m) => m.to.includes(email));
  expect(found).toHaveLength(1);
  return found[0] as Received;
}

async function rowTo(email: string) {
  const [row] = await t.db
    .select()
    .from(outboundMail)
    .where(eq(outboundMail.to, email))
    .orderBy(desc(outboundMail.id));
  return row;
}

function tokenIn(body: string): string {
  const token = /[?&]token=([^\s&]+)/.exec(body)?.[1];
  if (!token) throw new Error(`no link in ${body}`);
  return decodeURIComponent(token);
}

function requestReset(app: TestApp['app'], email: string) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
}

function invite(payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/members`,
    headers: admin,
    payload,
  });
}

describe('with SMTP', () => {
  it('sends a password reset in Danish by default, with a link that works', async () => {
    const { user } = await buildMember(t.db, orgId, { name: 'Bo Bruger' });
    expect((await requestReset(t.app, user.email)).statusCode).toBe(202);
    const message = messageTo(user.email);
    expect(message.subject).toBe('Nulstil din adgangskode til Mentorpath');
    expect(message.headers.from).toBe('Mentorpath <no-reply@mentorpath.local>');
    expect(message.headers.to).toBe(user.email);
    expect(message.body).toContain('Hej Bo Bruger,');
    expect(message.body).toContain('linket virker i 60 minutter');
    expect(message.body).toContain('http://mentorpath.test/reset-password?token=');
    const row = await rowTo(user.email);
    expect(row).toMatchObject({ kind: 'password_reset', status: 'sent', error: null });
    expect(row?.sentAt).toBeInstanceOf(Date);

    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token: tokenIn(message.body), password: 'reset by mail' },
    });
    expect(reset.statusCode).toBe(200);
  });

  it('writes in English to someone whose language is English', async () => {
    const { user } = await buildMember(t.db, orgId, { name: 'Eve English', locale: 'en' });
    expect((await requestReset(t.app, user.email)).statusCode).toBe(202);
    const message = messageTo(user.email);
    expect(message.subject).toBe('Reset your Mentorpath password');
    expect(message.body).toContain('Hello Eve English,');
    expect(message.body).toContain('http://mentorpath.test/reset-password?token=');
  });

  it('sends an invitation with its link, in the invitee’s language', async () => {
    const res = await invite({
      email: 'ny.mentor@example.test',
      name: 'Ny Mentor',
      roles: ['mentor'],
    });
    expect(res.statusCode).toBe(201);
    const danish = messageTo('ny.mentor@example.test');
    expect(danish.subject).toBe('Du er inviteret til Mentorhuset på Mentorpath');
    expect(danish.body).toContain('Anne Admin har inviteret dig til Mentorhuset');
    expect(danish.body).toContain('http://mentorpath.test/invitation?token=');
    expect(await rowTo('ny.mentor@example.test')).toMatchObject({
      kind: 'invitation',
      status: 'sent',
    });
    const greeting = await t.app.inject({
      url: `/api/v1/auth/invitations/${encodeURIComponent(tokenIn(danish.body))}`,
    });
    expect(greeting.json().invitation.email).toBe('ny.mentor@example.test');

    await invite({
      email: 'new.mentor@example.test',
      name: 'New',
      roles: ['mentor'],
      locale: 'en',
    });
    const english = messageTo('new.mentor@example.test');
    expect(english.subject).toBe('You are invited to Mentorhuset on Mentorpath');
    expect(english.body).toContain('http://mentorpath.test/invitation?token=');
  });

  it('does not list delivered mail as waiting on the home page', async () => {
    const home = await t.app.inject({ url: `/api/v1/organisations/${orgId}/home`, headers: admin });
    const kinds = home.json().actions.map((a: { kind: string }) => a.kind);
    expect(kinds).not.toContain('outbox_waiting');
  });
});

describe('with the SMTP server down', () => {
  it('still answers 202 and 201, and marks the mail failed with the error', async () => {
    const down = await startTestApp({
      database: t.deps.database,
      env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` },
    });
    try {
      const { user } = await buildMember(t.db, orgId);
      const reset = await requestReset(down.app, user.email);
      expect(reset.statusCode).toBe(202);
      const failed = await rowTo(user.email);
      expect(failed).toMatchObject({ kind: 'password_reset', status: 'failed', sentAt: null });
      expect(failed?.error).toMatch(/ECONNREFUSED|connect/i);

      const invited = await down.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${orgId}/members`,
        headers: admin,
        payload: { email: 'unlucky@example.test', name: 'Unlucky', roles: ['mentee'] },
      });
      expect(invited.statusCode).toBe(201);
      expect(await rowTo('unlucky@example.test')).toMatchObject({
        kind: 'invitation',
        status: 'failed',
        error: expect.stringMatching(/\S/),
      });
      // The admin can see it failed, and pass the link on by other means.
      const outbox = await down.app.inject({
        url: `/api/v1/organisations/${orgId}/outbox`,
        headers: admin,
      });
      const item = outbox.json().items.find((m: { to: string }) => m.to === 'unlucky@example.test');
      expect(item).toMatchObject({ status: 'failed' });
      expect(item.body).toContain('/invitation?token=');
      expect(smtp.received.some((m) => m.to.includes('unlucky@example.test'))).toBe(false);
    } finally {
      await down.close();
    }
  });
});
