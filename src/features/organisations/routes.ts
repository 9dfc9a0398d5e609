import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenSchema,
  createApiTokenSchema,
  homeActionSchema,
  inviteMemberSchema,
  memberSchema,
  organisationSchema,
  outboundMailSchema,
  updateMemberSchema,
} from '../../contracts/organisations';
import { can } from '../../contracts/policy';
import { roles as allRoles } from '../../contracts/roles';
import type { AppDeps, RouteOptions } from '../../server/deps';
import { translate } from '../../server/i18n/translate';
import { type Actor, orgAccess, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema, toPage } from '../../server/lib/pagination';
import { letter } from '../accounts/routes';
import {
  createApiToken,
  inviteMember,
  removeMember,
  renewInvitation,
  revokeApiToken,
  updateMemberRoles,
} from './mutations';
import {
  findMember,
  findOrganisation,
  homeCounts,
  listApiTokens,
  listMembers,
  listOutboundMail,
  presentMember,
} from './queries';

const tags = ['organisations'];
const orgParams = z.object({ orgId: z.string() });
const memberParams = z.object({ membershipId: z.string() });
const memberResponse = z.object({ member: memberSchema });

export const organisationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  app.get('/api/v1/organisations/:orgId', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Read an organisation',
      params: orgParams,
      response: { 200: z.object({ organisation: organisationSchema }) },
    },
    handler: async (request) => {
      const organisation = await findOrganisation(db, scopeOf(request).organisationId);
      if (!organisation) throw new AppError('not_found');
      return { organisation: { id: organisation.id, name: organisation.name } };
    },
  });

  app.get('/api/v1/organisations/:orgId/home', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'What the caller can act on now in this organisation, by their roles',
      params: orgParams,
      response: { 200: z.object({ actions: z.array(homeActionSchema) }) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const counts = await homeCounts(db, scope.organisationId);
      const actions: z.infer<typeof homeActionSchema>[] = [];
      if (can(scope.roles, 'members.manage') && counts.invitationsPending > 0) {
        actions.push({ kind: 'invitations_pending', count: counts.invitationsPending });
      }
      if (can(scope.roles, 'programs.manage') && counts.programsDraft > 0) {
        actions.push({ kind: 'programs_draft', count: counts.programsDraft });
      }
      if (can(scope.roles, 'outbox.read') && !deps.mailer.delivers && counts.outboxWaiting > 0) {
        actions.push({ kind: 'outbox_waiting', count: counts.outboxWaiting });
      }
      actions.push({ kind: 'programs_published', count: counts.programsPublished });
      return { actions };
    },
  });

  app.get('/api/v1/organisations/:orgId/members', {
    config: { access: orgAccess('organisation', 'orgId', 'members.read') },
    schema: {
      tags,
      summary: 'List members by name, with search and filters by role and status',
      params: orgParams,
      querystring: pageQuerySchema.extend({
        search: z.string().trim().max(100).optional(),
        role: z.enum(allRoles).optional(),
        status: z.enum(['invited', 'active']).optional(),
      }),
      response: { 200: pageSchema(memberSchema) },
    },
    handler: async (request) => {
      const { limit, cursor, search, role, status } = request.query;
      const rows = await listMembers(db, scopeOf(request).organisationId, {
        limit,
        search: search || undefined,
        role,
        status,
        cursor: cursor ? decodeNameCursor(cursor) : undefined,
      });
      const items = rows.slice(0, limit).map(presentMember);
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > limit && last ? encodeNameCursor(last) : null,
      };
    },
  });

  app.post('/api/v1/organisations/:orgId/members', {
    config: { access: orgAccess('organisation', 'orgId', 'members.manage') },
    schema: {
      tags,
      summary: 'Invite a member by e-mail with roles',
      description:
        'Someone without an account gets an invitation link to choose a password; someone ' +
        'with an account is added and told by e-mail. 409 `email_taken` if already a member.',
      params: orgParams,
      body: inviteMemberSchema,
      response: { 201: memberResponse },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const result = await db.transaction((tx) =>
        inviteMember(tx, scope.organisationId, request.body, now()),
      );
      await sendInvitation(deps, scope.organisationId, inviterName(scope.actor), result);
      const member = await findMember(db, scope.organisationId, result.membership.id);
      if (!member) throw new AppError('not_found');
      return reply.status(201).send({ member: presentMember(member) });
    },
  });

  app.patch('/api/v1/memberships/:membershipId', {
    config: { access: orgAccess('membership', 'membershipId', 'members.manage') },
    schema: {
      tags,
      summary: "Change a member's roles; the last admin cannot lose the admin role",
      params: memberParams,
      body: updateMemberSchema,
      response: { 200: memberResponse },
    },
    handler: async (request) => {
      const member = await db.transaction((tx) =>
        updateMemberRoles(
          tx,
          scopeOf(request).organisationId,
          request.params.membershipId,
          request.body.roles,
        ),
      );
      return { member: presentMember(member) };
    },
  });

  app.delete('/api/v1/memberships/:membershipId', {
    config: { access: orgAccess('membership', 'membershipId', 'members.manage') },
    schema: {
      tags,
      summary: 'Remove a member from the organisation (their account stays)',
      params: memberParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await db.transaction((tx) =>
        removeMember(tx, scopeOf(request).organisationId, request.params.membershipId),
      );
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/memberships/:membershipId/invitation', {
    config: { access: orgAccess('membership', 'membershipId', 'members.manage') },
    schema: {
      tags,
      summary: 'Send a new invitation link to someone who has not accepted yet',
      params: memberParams,
      response: { 202: z.null() },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const result = await db.transaction((tx) =>
        renewInvitation(tx, scope.organisationId, request.params.membershipId, now()),
      );
      await sendInvitation(deps, scope.organisationId, inviterName(scope.actor), result);
      return reply.status(202).send(null);
    },
  });

  app.get('/api/v1/organisations/:orgId/api-tokens', {
    config: { access: orgAccess('organisation', 'orgId', 'apiTokens.manage') },
    schema: {
      tags,
      summary: "List the organisation's API tokens (never the secrets)",
      params: orgParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(apiTokenSchema) },
    },
    handler: async (request) => {
      const { limit, cursor } = request.query;
      const page = toPage(
        await listApiTokens(db, scopeOf(request).organisationId, { limit, cursor }),
        limit,
      );
      return { items: page.items.map(presentApiToken), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/organisations/:orgId/api-tokens', {
    config: { access: orgAccess('organisation', 'orgId', 'apiTokens.manage') },
    schema: {
      tags,
      summary: 'Create an API token with roles; the secret is shown only in this answer',
      params: orgParams,
      body: createApiTokenSchema,
      response: { 201: z.object({ apiToken: apiTokenSchema, secret: z.string() }) },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const { row, secret } = await createApiToken(db, scope.organisationId, {
        ...request.body,
        createdBy: userIdOf(scope.actor),
      });
      return reply.status(201).send({ apiToken: presentApiToken(row), secret });
    },
  });

  app.post('/api/v1/api-tokens/:tokenId/revoke', {
    config: { access: orgAccess('apiToken', 'tokenId', 'apiTokens.manage') },
    schema: {
      tags,
      summary: 'Revoke an API token; it stops working at once',
      params: z.object({ tokenId: z.string() }),
      response: { 200: z.object({ apiToken: apiTokenSchema }) },
    },
    handler: async (request) => {
      const row = await revokeApiToken(
        db,
        scopeOf(request).organisationId,
        request.params.tokenId,
        now(),
      );
      return { apiToken: presentApiToken(row) };
    },
  });

  app.get('/api/v1/organisations/:orgId/outbox', {
    config: { access: orgAccess('organisation', 'orgId', 'outbox.read') },
    schema: {
      tags,
      summary: "E-mail sent to the organisation's members, newest first",
      description:
        'Without SMTP configured, mail stays here so the organisation can work offline. ' +
        'The link in a password-reset mail is hidden: only its recipient may use it.',
      params: orgParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(outboundMailSchema) },
    },
    handler: async (request) => {
      const { limit, cursor } = request.query;
      const page = toPage(
        await listOutboundMail(db, scopeOf(request).organisationId, { limit, cursor }),
        limit,
      );
      return {
        items: page.items.map((mail) => ({
          id: mail.id,
          kind: mail.kind,
          to: mail.to,
          subject: mail.subject,
          body:
            mail.kind === 'password_reset'
              ? mail.body.replace(/https?:\/\/\S+/g, translate(request.locale, 'mail.linkHidden'))
              : mail.body,
          status: mail.status,
          createdAt: mail.createdAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      };
    },
  });
};

function inviterName(actor: Actor) {
  return actor.kind === 'person' ? actor.name : 'Mentorpath';
}

async function sendInvitation(
  deps: AppDeps,
  organisationId: string,
  inviter: string,
  result: { user: { email: string; name: string; locale: 'da' | 'en' }; secret: string | null },
) {
  const { user, secret } = result;
  const [organisation] = await deps.db.query.organisations.findMany({
    where: (o, { eq }) => eq(o.id, organisationId),
    limit: 1,
  });
  const params = { organisation: organisation?.name ?? '', inviter };
  const base = deps.config.publicUrl;
  const key = secret ? 'mail.invitation' : 'mail.added';
  await deps.mailer.send({
    kind: secret ? 'invitation' : 'notification',
    organisationId,
    to: user.email,
    subject: translate(user.locale, `${key}.subject`, params),
    body: letter(user.locale, user.name, `${key}.body`, {
      ...params,
      days: 7,
      link: secret ? `${base}/invitation?token=${encodeURIComponent(secret)}` : `${base}/login`,
    }),
  });
}

function presentApiToken(row: {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    roles: row.roles as (typeof allRoles)[number][],
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

function encodeNameCursor(member: { name: string; id: string }) {
  return Buffer.from(JSON.stringify([member.name, member.id])).toString('base64url');
}

function decodeNameCursor(cursor: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A forged cursor could carry U+0000, which PostgreSQL refuses in a query.
    const valid = (v: unknown): v is string => typeof v === 'string' && !v.includes('\u0000');
    if (valid(name) && valid(id)) return { name, id };
  } catch {
    // fall through
  }
  throw AppError.invalid([{ path: 'query.cursor', messageKey: 'validation.cursor' }]);
}
