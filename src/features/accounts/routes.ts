import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordSchema,
  invitationSchema,
  loginSchema,
  meSchema,
  passwordResetRequestSchema,
  setPasswordSchema,
  updateMeSchema,
  userSchema,
} from '../../contracts/accounts';
import { permissionsOf } from '../../contracts/policy';
import type { RouteOptions } from '../../server/deps';
import { letter, translate } from '../../server/i18n/translate';
import { personAccess, personOf, publicAccess } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { hashSecret } from '../../server/lib/secrets';
import { SESSION_COOKIE } from '../../server/plugins/auth';
import {
  authenticate,
  changePassword,
  createSession,
  deleteSession,
  RESET_LINK_MINUTES,
  requestPasswordReset,
  setPasswordWithToken,
  updateProfile,
} from './mutations';
import { findUsableOneTimeToken, SESSION_DAYS } from './queries';

const tags = ['accounts'];
const userResponse = z.object({ user: userSchema });

export const accountRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now, config } = deps;

  function startSession(reply: FastifyReply, secret: string) {
    reply.setCookie(SESSION_COOKIE, secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      maxAge: SESSION_DAYS * 86_400,
    });
  }

  app.post('/api/v1/auth/login', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'Sign in with e-mail and password; sets the session cookie',
      description: 'Answers 429 `rate_limited` after repeated failures for one e-mail or address.',
      body: loginSchema,
      response: { 200: userResponse },
    },
    handler: async (request, reply) => {
      const user = await authenticate(db, { ...request.body, ip: request.ip }, now());
      startSession(reply, await createSession(db, user.id, now()));
      return { user: presentUser(user) };
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { access: publicAccess },
    schema: { tags, summary: 'Sign out: ends the session', response: { 204: z.null() } },
    handler: async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await deleteSession(db, cookie);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/auth/password-reset', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'Send a one-time link to reset the password',
      description: 'Always answers 202, so it does not tell whether the e-mail is known.',
      body: passwordResetRequestSchema,
      response: { 202: z.null() },
    },
    handler: async (request, reply) => {
      const reset = await requestPasswordReset(db, request.body.email, now());
      if (reset) {
        const { user, secret } = reset;
        const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`;
        await deps.mailer.send({
          kind: 'password_reset',
          organisationId: null,
          to: user.email,
          subject: translate(user.locale, 'mail.passwordReset.subject'),
          body: letter(user.locale, user.name, 'mail.passwordReset.body', {
            link,
            minutes: RESET_LINK_MINUTES,
          }),
        });
      }
      return reply.status(202).send(null);
    },
  });

  app.post('/api/v1/auth/password-reset/complete', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'Choose a new password with the link from the e-mail; signs in',
      body: setPasswordSchema,
      response: { 200: userResponse },
    },
    handler: (request, reply) => completeWithToken(request, reply, 'password_reset'),
  });

  app.get('/api/v1/auth/invitations/:token', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'Who an invitation link is for, to greet the invitee',
      params: z.object({ token: z.string().max(200) }),
      response: { 200: z.object({ invitation: invitationSchema }) },
    },
    handler: async (request) => {
      const token = await findUsableOneTimeToken(
        db,
        hashSecret(request.params.token),
        'invitation',
        now(),
      );
      if (!token) throw new AppError('token_invalid');
      return {
        invitation: {
          email: token.email,
          name: token.name,
          locale: token.locale,
          organisationName: token.organisationName,
        },
      };
    },
  });

  app.post('/api/v1/auth/invitations/accept', {
    config: { access: publicAccess },
    schema: {
      tags,
      summary: 'Accept an invitation by choosing a password; signs in',
      body: setPasswordSchema,
      response: { 200: userResponse },
    },
    handler: (request, reply) => completeWithToken(request, reply, 'invitation'),
  });

  async function completeWithToken(
    request: { body: z.infer<typeof setPasswordSchema> },
    reply: FastifyReply,
    purpose: 'password_reset' | 'invitation',
  ) {
    const result = await db.transaction(async (tx) => {
      const token = await setPasswordWithToken(tx, { ...request.body, purpose }, now());
      return { token, session: await createSession(tx, token.userId, now()) };
    });
    startSession(reply, result.session);
    const { token } = result;
    return {
      user: { id: token.userId, email: token.email, name: token.name, locale: token.locale },
    };
  }

  app.get('/api/v1/me', {
    config: { access: personAccess },
    schema: {
      tags,
      summary: 'The signed-in person, their organisations, roles and what they may do',
      response: { 200: meSchema },
    },
    handler: async (request) => {
      const actor = personOf(request);
      return {
        user: { id: actor.userId, email: actor.email, name: actor.name, locale: actor.locale },
        memberships: actor.memberships.map((m) => ({ ...m, can: permissionsOf(m.roles) })),
      };
    },
  });

  app.patch('/api/v1/me', {
    config: { access: personAccess },
    schema: {
      tags,
      summary: 'Change your name or language',
      body: updateMeSchema,
      response: { 200: userResponse },
    },
    handler: async (request) => {
      const user = await updateProfile(db, personOf(request).userId, request.body);
      return { user: presentUser(user) };
    },
  });

  app.post('/api/v1/me/password', {
    config: { access: personAccess },
    schema: {
      tags,
      summary: 'Change your password; signs out your other devices',
      body: changePasswordSchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await db.transaction((tx) =>
        changePassword(tx, {
          userId: personOf(request).userId,
          ...request.body,
          keepSessionCookie: request.cookies[SESSION_COOKIE] ?? '',
        }),
      );
      return reply.status(204).send(null);
    },
  });
};

function presentUser(user: { id: string; email: string; name: string; locale: 'da' | 'en' }) {
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}

/** The plain-text mail layout now lives beside `translate`; re-exported for existing imports. */
export { letter };
