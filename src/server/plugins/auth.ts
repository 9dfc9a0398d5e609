import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can } from '../../contracts/policy';
import type { Role } from '../../contracts/roles';
import type { Db } from '../../db/client';
import { actorFromApiToken, actorFromSession } from '../../features/accounts/queries';
import { localeFromAcceptLanguage } from '../i18n/translate';
import type { Access, Actor, AuthorizedOrgId, ScopeName } from '../lib/access';
import { AppError } from '../lib/app-error';
import { hashSecret } from '../lib/secrets';

export const SESSION_COOKIE = 'mp_session';

/** Finds the organisation that owns a resource, or null when there is no such resource. */
export type ScopeResolver = (db: Db, id: string) => Promise<string | null>;

export interface AuthOptions {
  db: Db;
  now: () => Date;
  publicUrl: string;
  scopes: Record<ScopeName, ScopeResolver>;
}

/** A registered route and who may call it. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered after the auth plugin, with its access rule. */
    routeList: readonly RegisteredRoute[];
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes that Fastify or its plugins add and that serve public files only. */
function isInfrastructureRoute(url: string): boolean {
  return !url.startsWith('/api/v1');
}

export const authPlugin = fp(async (app: FastifyInstance, options: AuthOptions) => {
  const { db, now, scopes } = options;
  const allowedOrigins = new Set([new URL(options.publicUrl).origin]);

  app.decorateRequest('actor', null);
  app.decorateRequest('scope', null);
  app.decorateRequest('locale', 'da');

  // Every route with its access rule, so a test can walk them all (deny by default).
  const routeList: RegisteredRoute[] = [];
  app.decorate('routeList', routeList);

  // Deny by default: an API route without a declared access rule is a programming error.
  app.addHook('onRoute', (route) => {
    if (!route.config?.access) {
      if (!isInfrastructureRoute(route.url)) {
        throw new Error(`Route ${route.method} ${route.url} does not declare who may call it`);
      }
      route.config = { ...route.config, access: { kind: 'public' } };
    }
    const access: Access = route.config?.access ?? { kind: 'public' };
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']) ?? 'da';
    const viaBearer = await resolveActor(request);
    if (request.actor?.kind === 'person' && !request.headers['accept-language']) {
      request.locale = request.actor.locale;
    }
    const access = request.routeOptions.config.access ?? { kind: 'public' };
    // Browsers never add a Bearer header on their own; every other write is checked,
    // sign-in included (so no one can be signed in to someone else's account).
    if (!viaBearer && unsafeMethods.has(request.method)) checkOrigin(request);
    await authorise(request, access);
  });

  /** Sets request.actor; answers whether the caller came in with an API token. */
  async function resolveActor(request: FastifyRequest): Promise<boolean> {
    const header = request.headers.authorization;
    // Only the Bearer scheme is ours: Basic credentials of a proxy in front are not.
    if (header && /^Bearer\b/i.test(header)) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      request.actor = match?.[1] ? await actorFromApiToken(db, hashSecret(match[1])) : null;
      if (!request.actor) throw new AppError('unauthenticated');
      return true;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) request.actor = await actorFromSession(db, hashSecret(cookie), now());
    return false;
  }

  /**
   * Cross-site request forgery: a browser always sends Origin on a cross-site write, so
   * a write must come from our own origin (or the Host it was sent to).
   */
  function checkOrigin(request: FastifyRequest) {
    const origin = request.headers.origin;
    if (origin) {
      const host = request.headers.host;
      const sameHost = host && (origin === `http://${host}` || origin === `https://${host}`);
      if (!allowedOrigins.has(origin) && !sameHost) throw new AppError('cross_site_request');
      return;
    }
    if (request.headers['sec-fetch-site'] === 'cross-site')
      throw new AppError('cross_site_request');
  }

  async function authorise(request: FastifyRequest, access: Access) {
    if (access.kind === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('unauthenticated');
    if (access.kind === 'person') {
      if (actor.kind !== 'person') throw new AppError('forbidden');
      return;
    }
    const id = (request.params as Record<string, string | undefined>)[access.param];
    // No id holds U+0000, and PostgreSQL would refuse to even look it up.
    const organisationId = id && !id.includes('\u0000') ? await scopes[access.scope](db, id) : null;
    // Another organisation's resource looks exactly like a missing one.
    const roles = organisationId ? rolesIn(actor, organisationId) : null;
    if (!organisationId || !roles) throw new AppError('not_found');
    if (!can(roles, access.permission)) throw new AppError('forbidden');
    request.scope = { organisationId: organisationId as AuthorizedOrgId, roles, actor };
  }
});

function rolesIn(actor: Actor, organisationId: string): Role[] | null {
  if (actor.kind === 'token') return actor.organisationId === organisationId ? actor.roles : null;
  return actor.memberships.find((m) => m.organisationId === organisationId)?.roles ?? null;
}
