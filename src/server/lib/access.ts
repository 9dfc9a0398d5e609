import type { FastifyRequest } from 'fastify';
import type { Permission } from '../../contracts/policy';
import type { Locale, Role } from '../../contracts/roles';

/** Kinds of resource whose organisation the auth plugin can look up from a path parameter. */
export type ScopeName =
  | 'organisation'
  | 'program'
  | 'membership'
  | 'apiToken'
  | 'enrolment'
  | 'trainingSession'
  | 'sessionSignup'
  | 'reflection'
  | 'curriculumVersion'
  | 'curriculumModule'
  | 'curriculumItem'
  /** A person's place in a program as a mentor (`program_mentors`), param `mentorId`. */
  | 'programMentor'
  | 'nomination'
  | 'referenceRequest'
  | 'childCertificate'
  | 'mentee'
  | 'match'
  | 'meeting'
  | 'goal'
  | 'concern'
  | 'helpRequest'
  | 'contactRequest';

/**
 * Who may call a route. Every route declares one; the app refuses to register a
 * route without it (deny by default).
 */
export type Access =
  | { kind: 'public' }
  /** Any signed-in person (session cookie); API tokens are refused. */
  | { kind: 'person' }
  /** Members of the organisation that owns `params[param]` holding `permission`. */
  | { kind: 'organisation'; scope: ScopeName; param: string; permission: Permission };

export const publicAccess: Access = { kind: 'public' };
export const personAccess: Access = { kind: 'person' };
export function orgAccess(scope: ScopeName, param: string, permission: Permission): Access {
  return { kind: 'organisation', scope, param, permission };
}

export interface Membership {
  organisationId: string;
  organisationName: string;
  roles: Role[];
}

export type Actor =
  | {
      kind: 'person';
      userId: string;
      email: string;
      name: string;
      locale: Locale;
      memberships: Membership[];
    }
  | { kind: 'token'; tokenId: string; organisationId: string; roles: Role[] };

declare const authorized: unique symbol;
/** An organisation id the caller has been checked against; only the auth plugin makes one. */
export type AuthorizedOrgId = string & { readonly [authorized]: true };

export interface OrgScope {
  organisationId: AuthorizedOrgId;
  roles: Role[];
  actor: Actor;
}

/** The caller's organisation scope on an `orgAccess` route. */
export function scopeOf(request: FastifyRequest): OrgScope {
  if (!request.scope)
    throw new Error(`Route ${request.routeOptions.url} has no organisation scope`);
  return request.scope;
}

/** The signed-in person on a `personAccess` route. */
export function personOf(request: FastifyRequest): Extract<Actor, { kind: 'person' }> {
  const actor = request.actor;
  if (actor?.kind !== 'person') throw new Error('Route expected a signed-in person');
  return actor;
}

export function userIdOf(actor: Actor): string | null {
  return actor.kind === 'person' ? actor.userId : null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    scope: OrgScope | null;
    locale: Locale;
  }
}
