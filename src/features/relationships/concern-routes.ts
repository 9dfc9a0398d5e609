import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type Concern,
  type ConcernReceipt,
  type ConcernSummary,
  concernDraftSchema,
  concernReceiptSchema,
  concernSchema,
  concernStatusChangeSchema,
  concernSummarySchema,
  createHelpRequestSchema,
  type HelpRequest,
  type HelpRequestSummary,
  helpReplyInputSchema,
  helpRequestSchema,
  helpRequestSummarySchema,
  raiseDraftSchema,
  reportConcernSchema,
} from '../../contracts/concerns';
import { can } from '../../contracts/policy';
import { concernStatuses, concernUrgencies } from '../../contracts/relationships';
import type { Role } from '../../contracts/roles';
import { newId } from '../../db/ids';
import type { RouteOptions } from '../../server/deps';
import { translate } from '../../server/i18n/translate';
import {
  type AuthorizedOrgId,
  orgAccess,
  personAccess,
  personOf,
  scopeOf,
  userIdOf,
} from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema } from '../../server/lib/pagination';
import { users } from '../accounts/tables';
import { recordAudit } from '../audit/audit';
import { findMatch, sidesOf } from '../matches/queries';
import { matches } from '../matches/tables';
import { deliverAll, notify } from '../notifications/notify';
import { programs } from '../programs/tables';
import { localesOf, membersWithRole, notifyInTheirLanguage } from './concerns';
import { concerns, helpReplies, helpRequests } from './tables';

const tags = ['concerns'];
const concernParams = z.object({ concernId: z.string() });
const helpParams = z.object({ helpRequestId: z.string() });
const orgParams = z.object({ orgId: z.string() });
const concernResponse = z.object({ concern: concernSchema });
const helpResponse = z.object({ helpRequest: helpRequestSchema });

type ConcernRow = typeof concerns.$inferSelect;
type ConcernStatus = (typeof concernStatuses)[number];
type HistoryEntry = ConcernRow['history'][number];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Most urgent first, then newest: `immediate` = 3 … `low` = 0. */
const urgencyRank = sql<number>`(case ${concerns.urgency} ${sql.join(
  concernUrgencies.map((u, i) => sql`when ${u} then ${i}`),
  sql` `,
)} end)`;

function summary(row: ConcernRow, programName: string | null): ConcernSummary {
  return {
    id: row.id,
    status: row.status,
    category: row.category,
    urgency: row.urgency,
    programId: row.programId,
    programName,
    matchId: row.matchId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function receipt(row: ConcernRow): ConcernReceipt {
  return { id: row.id, status: row.status, createdAt: row.createdAt.toISOString() };
}

/**
 * Which way a concern may move: forward only (received → assessing → action_taken → closed,
 * a step may be skipped); a draft becomes received or is closed; while action is taken more
 * may be recorded (action_taken → action_taken).
 */
export function mayMove(from: ConcernStatus, to: ConcernStatus): boolean {
  if (from === 'draft') return to === 'received' || to === 'closed';
  if (from === 'action_taken' && to === 'action_taken') return true;
  if (to === 'received' || to === 'draft') return false;
  return concernStatuses.indexOf(to) > concernStatuses.indexOf(from);
}

/**
 * Concerns and the safeguarding lead's handling of them; "How can we help?" (issue 6).
 * Concerns are read only by members holding `concerns.handle` (safeguarding, admin); every
 * view of one writes an audit entry. The reporter reads back only receipts.
 */
export const concernRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now, config, mailer } = deps;

  async function programIn(organisationId: string, programId: string | undefined | null) {
    if (!programId) return null;
    const [row] = await db
      .select({ id: programs.id, name: programs.name })
      .from(programs)
      .where(and(eq(programs.organisationId, organisationId), eq(programs.id, programId)));
    if (!row) throw new AppError('not_found');
    return row;
  }

  async function concernRecord(organisationId: AuthorizedOrgId, id: string) {
    const [row] = await db
      .select({ concern: concerns, programName: programs.name, reporterName: users.name })
      .from(concerns)
      .leftJoin(programs, eq(programs.id, concerns.programId))
      .leftJoin(users, eq(users.id, concerns.reporterId))
      .where(and(eq(concerns.organisationId, organisationId), eq(concerns.id, id)));
    if (!row) throw new AppError('not_found');
    return row;
  }

  async function presentConcern(row: {
    concern: ConcernRow;
    programName: string | null;
    reporterName: string | null;
  }): Promise<Concern> {
    const c = row.concern;
    const ids = [...new Set(c.history.map((h) => h.by).filter((by): by is string => !!by))];
    const names = ids.length
      ? await db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, ids))
      : [];
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return {
      ...summary(c, row.programName),
      description: c.description,
      reporterName: row.reporterName,
      actionTaken: c.actionTaken,
      reportedToAuthoritiesAt: iso(c.reportedToAuthoritiesAt),
      closedAt: iso(c.closedAt),
      history: c.history.map((h) => ({
        at: h.at,
        byName: h.by ? (nameOf.get(h.by) ?? null) : null,
        status: h.status as ConcernStatus,
        note: h.note ?? null,
      })),
    };
  }

  /** Tells the organisation's safeguarding leads (admins if there are none) at once. */
  async function tellSafeguarding(
    tx: Parameters<Parameters<typeof db.transaction>[0]>[0],
    row: ConcernRow,
  ) {
    const leads = await membersWithRole(tx, row.organisationId, 'safeguarding');
    return notifyInTheirLanguage(
      tx,
      mailer,
      row.organisationId,
      leads,
      'concern_received',
      (locale) => ({ urgency: translate(locale, `concerns.urgencies.${row.urgency}`) }),
      `/concerns/${row.id}`,
      config.publicUrl,
    );
  }

  app.post('/api/v1/concerns', {
    config: { access: personAccess },
    schema: {
      tags,
      summary: 'Report a concern',
      description:
        'Any signed-in person. With `matchId` the caller must take part in the match (mentor, ' +
        'mentee, guardian) or be staff who may read matches; without one, `organisationId` is ' +
        'required and the caller must be a member of it (otherwise 404). The safeguarding leads ' +
        'of the organisation (admins if there are none) are told at once, in the app and by ' +
        'e-mail. The answer is only the receipt: the reporter never reads the content back.',
      body: reportConcernSchema,
      response: { 201: z.object({ concern: concernReceiptSchema }) },
    },
    handler: async (request, reply) => {
      const actor = personOf(request);
      const body = request.body;
      const memberOf = (orgId: string) =>
        actor.memberships.find((m) => m.organisationId === orgId) ?? null;
      let organisationId: string;
      let programId: string | null = null;
      let matchId: string | null = null;
      if (body.matchId) {
        const [m] = await db
          .select({ organisationId: matches.organisationId })
          .from(matches)
          .where(eq(matches.id, body.matchId));
        const membership = m ? memberOf(m.organisationId) : null;
        if (!m || !membership) throw new AppError('not_found');
        const view = await findMatch(db, m.organisationId as AuthorizedOrgId, body.matchId);
        if (!view) throw new AppError('not_found');
        const inMatch = sidesOf(view, actor.userId).length > 0;
        if (!inMatch && !can(membership.roles as Role[], 'matches.read')) {
          throw new AppError('not_found');
        }
        organisationId = m.organisationId;
        programId = view.match.programId;
        matchId = view.match.id;
      } else {
        if (!body.organisationId) {
          throw AppError.invalid([
            { path: 'organisationId', messageKey: 'concerns.validation.organisation_required' },
          ]);
        }
        if (!memberOf(body.organisationId)) throw new AppError('not_found');
        organisationId = body.organisationId;
        programId = (await programIn(organisationId, body.programId))?.id ?? null;
      }
      const at = now();
      const { row, mailIds } = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(concerns)
          .values({
            id: newId(),
            organisationId,
            programId,
            matchId,
            reporterId: actor.userId,
            category: body.category,
            urgency: body.urgency,
            description: body.description,
            status: 'received',
            history: [{ at: at.toISOString(), by: actor.userId, status: 'received' }],
            createdAt: at,
            updatedAt: at,
          })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        return { row, mailIds: await tellSafeguarding(tx, row) };
      });
      await deliverAll(mailer, mailIds);
      return reply.status(201).send({ concern: receipt(row) });
    },
  });

  app.get('/api/v1/organisations/:orgId/concerns', {
    config: { access: orgAccess('organisation', 'orgId', 'concerns.handle') },
    schema: {
      tags,
      summary: 'Concerns: most urgent first, then newest',
      description:
        'For the safeguarding lead and admins. Without `status` every concern, drafts opened by ' +
        'the watch list included. The list holds no content; reading one is audit-logged.',
      params: orgParams,
      querystring: pageQuerySchema.extend({ status: z.enum(concernStatuses).optional() }),
      response: { 200: pageSchema(concernSummarySchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const { limit, cursor, status } = request.query;
      // Cursor: `<urgency rank>:<id>` of the last row.
      const [rank, lastId] = cursor?.split(':') ?? [];
      const r = Number(rank);
      const after =
        cursor && lastId && Number.isInteger(r)
          ? or(lt(urgencyRank, r), and(eq(urgencyRank, r), lt(concerns.id, lastId)))
          : undefined;
      const rows = await db
        .select({ concern: concerns, programName: programs.name, rank: urgencyRank })
        .from(concerns)
        .leftJoin(programs, eq(programs.id, concerns.programId))
        .where(
          and(
            eq(concerns.organisationId, organisationId),
            status ? eq(concerns.status, status) : undefined,
            after,
          ),
        )
        .orderBy(desc(urgencyRank), desc(concerns.id))
        .limit(limit + 1);
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => summary(row.concern, row.programName)),
        nextCursor: rows.length > limit && last ? `${last.rank}:${last.concern.id}` : null,
      };
    },
  });

  app.get('/api/v1/concerns/:concernId', {
    config: { access: orgAccess('concern', 'concernId', 'concerns.handle') },
    schema: {
      tags,
      summary: 'A concern with its history',
      description: 'For the safeguarding lead and admins; every view writes an audit entry.',
      params: concernParams,
      response: { 200: concernResponse },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const row = await concernRecord(organisationId, request.params.concernId);
      await recordAudit(db, organisationId, actor, now(), {
        action: 'concern.viewed',
        subjectType: 'concern',
        subjectId: row.concern.id,
        subjectLabel: row.concern.category,
      });
      return { concern: await presentConcern(row) };
    },
  });

  app.post('/api/v1/concerns/:concernId/status', {
    config: { access: orgAccess('concern', 'concernId', 'concerns.handle') },
    schema: {
      tags,
      summary: 'Move a concern on: being assessed, action taken, closed',
      description:
        'Forward only: received → assessing → action_taken → closed (a step may be skipped); ' +
        'a draft becomes received or closed; more action may be recorded while at ' +
        '`action_taken`. `actionTaken` is required for `action_taken`. ' +
        '`reportedToAuthorities` records a report to the authorities (underretning) at ' +
        '`reportedToAuthoritiesAt` or now. The change is added to the history and audit-logged; ' +
        'the reporter is told the new status in words, nothing else. 409 conflict for a move ' +
        'that is not allowed.',
      params: concernParams,
      body: concernStatusChangeSchema,
      response: { 200: concernResponse },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const body = request.body;
      const at = now();
      const by = userIdOf(actor);
      const mailIds = await db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(concerns)
          .where(
            and(
              eq(concerns.organisationId, organisationId),
              eq(concerns.id, request.params.concernId),
            ),
          )
          .for('update');
        if (!current) throw new AppError('not_found');
        if (!mayMove(current.status, body.status)) throw new AppError('conflict');
        const actionTaken = body.actionTaken || current.actionTaken;
        if (body.status === 'action_taken' && !body.actionTaken) {
          throw AppError.invalid([
            { path: 'actionTaken', messageKey: 'concerns.validation.action_taken_required' },
          ]);
        }
        const reportedAt = body.reportedToAuthorities
          ? body.reportedToAuthoritiesAt
            ? new Date(body.reportedToAuthoritiesAt)
            : at
          : current.reportedToAuthoritiesAt;
        const entry: HistoryEntry = { at: at.toISOString(), by, status: body.status };
        const note = [body.note, body.status === 'action_taken' ? body.actionTaken : undefined]
          .filter(Boolean)
          .join('\n');
        if (note) entry.note = note;
        await tx
          .update(concerns)
          .set({
            status: body.status,
            actionTaken: actionTaken ?? null,
            reportedToAuthoritiesAt: reportedAt,
            history: [...current.history, entry],
            updatedAt: at,
            closedAt: body.status === 'closed' ? at : current.closedAt,
          })
          .where(eq(concerns.id, current.id));
        await recordAudit(tx, organisationId, actor, at, {
          action: 'concern.updated',
          subjectType: 'concern',
          subjectId: current.id,
          subjectLabel: current.category,
          details: {
            from: current.status,
            to: body.status,
            reportedToAuthorities: reportedAt !== null,
          },
        });
        if (!current.reporterId || current.status === body.status) return [];
        const reporter = await localesOf(tx, [current.reporterId]);
        return notifyInTheirLanguage(
          tx,
          mailer,
          organisationId,
          reporter,
          'concern_updated',
          (locale) => ({ status: translate(locale, `concerns.statuses.${body.status}`) }),
          '/help',
          config.publicUrl,
        );
      });
      await deliverAll(mailer, mailIds);
      const row = await concernRecord(organisationId, request.params.concernId);
      return { concern: await presentConcern(row) };
    },
  });

  app.get('/api/v1/organisations/:orgId/my-concerns', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The concerns I reported: receipts only (status and date, no content)',
      params: orgParams,
      response: { 200: z.object({ items: z.array(concernReceiptSchema) }) },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const userId = userIdOf(actor);
      if (!userId) return { items: [] };
      const rows = await db
        .select()
        .from(concerns)
        .where(and(eq(concerns.organisationId, organisationId), eq(concerns.reporterId, userId)))
        .orderBy(desc(concerns.id))
        .limit(200);
      return { items: rows.map(receipt) };
    },
  });

  // Drafts opened by the watch list, for coordinators.
  async function draftOf(organisationId: AuthorizedOrgId, id: string) {
    const [row] = await db
      .select()
      .from(concerns)
      .where(
        and(
          eq(concerns.organisationId, organisationId),
          eq(concerns.id, id),
          eq(concerns.status, 'draft'),
        ),
      );
    if (!row) throw new AppError('not_found');
    return row;
  }

  app.get('/api/v1/organisations/:orgId/concern-drafts', {
    config: { access: orgAccess('organisation', 'orgId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Draft concerns opened by the watch list, for the coordinator to look at',
      description:
        'A word on the program’s watch list in a message opens a draft concern. Concerns are ' +
        'otherwise read only by the safeguarding lead and admins; drafts are not yet reports, ' +
        'so coordinators (matches.manage) see them here — the message excerpt, the match and ' +
        'the word — and either dismiss one or raise it, which makes it a received concern and ' +
        'tells the safeguarding lead. Once raised or dismissed, a concern leaves this list and ' +
        'coordinators no longer see it.',
      params: orgParams,
      response: { 200: z.object({ items: z.array(concernDraftSchema) }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const rows = await db
        .select({ concern: concerns, programName: programs.name })
        .from(concerns)
        .leftJoin(programs, eq(programs.id, concerns.programId))
        .where(and(eq(concerns.organisationId, organisationId), eq(concerns.status, 'draft')))
        .orderBy(desc(concerns.id))
        .limit(200);
      return {
        items: rows.map(({ concern: c, programName }) => ({
          id: c.id,
          matchId: c.matchId,
          programName,
          excerpt: c.description,
          word: c.history[0]?.note ?? null,
          createdAt: c.createdAt.toISOString(),
        })),
      };
    },
  });

  app.post('/api/v1/concern-drafts/:concernId/raise', {
    config: { access: orgAccess('concern', 'concernId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Raise a draft concern: it becomes received and the safeguarding lead is told',
      description:
        'The coordinator who raises it becomes its reporter and reads back only the receipt. ' +
        '404 for a concern that is not a draft.',
      params: concernParams,
      body: raiseDraftSchema,
      response: { 200: z.object({ concern: concernReceiptSchema }) },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const draft = await draftOf(organisationId, request.params.concernId);
      const at = now();
      const by = userIdOf(actor);
      const { row, mailIds } = await db.transaction(async (tx) => {
        const entry: HistoryEntry = { at: at.toISOString(), by, status: 'received' };
        if (request.body.note) entry.note = request.body.note;
        const [row] = await tx
          .update(concerns)
          .set({
            status: 'received',
            category: request.body.category ?? draft.category,
            urgency: request.body.urgency ?? draft.urgency,
            reporterId: draft.reporterId ?? by,
            history: [...draft.history, entry],
            updatedAt: at,
          })
          .where(and(eq(concerns.id, draft.id), eq(concerns.status, 'draft')))
          .returning();
        if (!row) throw new AppError('conflict');
        await recordAudit(tx, organisationId, actor, at, {
          action: 'concern.updated',
          subjectType: 'concern',
          subjectId: row.id,
          subjectLabel: row.category,
          details: { from: 'draft', to: 'received' },
        });
        return { row, mailIds: await tellSafeguarding(tx, row) };
      });
      await deliverAll(mailer, mailIds);
      return { concern: receipt(row) };
    },
  });

  app.post('/api/v1/concern-drafts/:concernId/dismiss', {
    config: { access: orgAccess('concern', 'concernId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Dismiss a draft concern (nothing to report); it is closed',
      description: '404 for a concern that is not a draft.',
      params: concernParams,
      response: { 200: z.object({ concern: concernReceiptSchema }) },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const draft = await draftOf(organisationId, request.params.concernId);
      const at = now();
      const row = await db.transaction(async (tx) => {
        const entry: HistoryEntry = { at: at.toISOString(), by: userIdOf(actor), status: 'closed' };
        const [row] = await tx
          .update(concerns)
          .set({
            status: 'closed',
            history: [...draft.history, entry],
            updatedAt: at,
            closedAt: at,
          })
          .where(and(eq(concerns.id, draft.id), eq(concerns.status, 'draft')))
          .returning();
        if (!row) throw new AppError('conflict');
        await recordAudit(tx, organisationId, actor, at, {
          action: 'concern.updated',
          subjectType: 'concern',
          subjectId: row.id,
          subjectLabel: row.category,
          details: { from: 'draft', to: 'closed' },
        });
        return row;
      });
      return { concern: receipt(row) };
    },
  });

  // "How can we help?"

  type HelpRow = typeof helpRequests.$inferSelect;

  async function helpRequestOf(request: Parameters<typeof scopeOf>[0], id: string) {
    const { organisationId, roles, actor } = scopeOf(request);
    const [row] = await db
      .select({ help: helpRequests, programName: programs.name, requesterName: users.name })
      .from(helpRequests)
      .leftJoin(programs, eq(programs.id, helpRequests.programId))
      .leftJoin(users, eq(users.id, helpRequests.requesterId))
      .where(and(eq(helpRequests.organisationId, organisationId), eq(helpRequests.id, id)));
    const userId = userIdOf(actor);
    const mine = !!row && userId !== null && row.help.requesterId === userId;
    const answerer = can(roles, 'help.answer');
    if (!row || (!mine && !answerer)) throw new AppError('not_found');
    return { ...row, mine, answerer, organisationId, userId };
  }

  function helpSummary(
    row: { help: HelpRow; programName: string | null; requesterName: string | null },
    userId: string | null,
  ): HelpRequestSummary {
    const h = row.help;
    return {
      id: h.id,
      subject: h.subject,
      status: h.status,
      programId: h.programId,
      programName: row.programName,
      requesterName: row.requesterName,
      mine: userId !== null && h.requesterId === userId,
      createdAt: h.createdAt.toISOString(),
      updatedAt: h.updatedAt.toISOString(),
    };
  }

  async function presentHelp(
    row: { help: HelpRow; programName: string | null; requesterName: string | null },
    userId: string | null,
    canAnswer: boolean,
  ): Promise<HelpRequest> {
    const replies = await db
      .select({ reply: helpReplies, authorName: users.name })
      .from(helpReplies)
      .leftJoin(users, eq(users.id, helpReplies.authorId))
      .where(eq(helpReplies.helpRequestId, row.help.id))
      .orderBy(helpReplies.createdAt, helpReplies.id);
    return {
      ...helpSummary(row, userId),
      canAnswer,
      replies: replies.map(({ reply, authorName }) => ({
        id: reply.id,
        authorName,
        fromStaff: reply.authorId !== row.help.requesterId,
        body: reply.body,
        createdAt: reply.createdAt.toISOString(),
      })),
    };
  }

  app.post('/api/v1/organisations/:orgId/help-requests', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'How can we help? Ask the coordinators',
      description:
        'Any member. The coordinators (admins if there are none) are told in the app and by ' +
        'e-mail, and answer in the app.',
      params: orgParams,
      body: createHelpRequestSchema,
      response: { 201: helpResponse },
    },
    handler: async (request, reply) => {
      const { organisationId, actor } = scopeOf(request);
      const userId = userIdOf(actor);
      if (!userId) throw new AppError('forbidden');
      const program = await programIn(organisationId, request.body.programId);
      const at = now();
      const { id, mailIds } = await db.transaction(async (tx) => {
        const id = newId();
        await tx.insert(helpRequests).values({
          id,
          organisationId,
          programId: program?.id ?? null,
          requesterId: userId,
          subject: request.body.subject,
          status: 'open',
          createdAt: at,
          updatedAt: at,
        });
        await tx.insert(helpReplies).values({
          id: newId(),
          organisationId,
          helpRequestId: id,
          authorId: userId,
          body: request.body.message,
          createdAt: at,
        });
        const coordinators = await membersWithRole(tx, organisationId, 'coordinator');
        const from = actor.kind === 'person' ? actor.name : '';
        const mailIds = await notify(
          tx,
          mailer,
          organisationId,
          coordinators.map((c) => c.userId).filter((c) => c !== userId),
          {
            kind: 'help_request',
            params: { from, subject: request.body.subject },
            link: `/help-inbox?request=${id}`,
          },
          config.publicUrl,
        );
        return { id, mailIds };
      });
      await deliverAll(mailer, mailIds);
      const found = await helpRequestOf(request, id);
      return reply.status(201).send({
        helpRequest: await presentHelp(found, userId, found.answerer),
      });
    },
  });

  app.get('/api/v1/organisations/:orgId/help-requests', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Requests for help, newest first',
      description:
        'Coordinators and admins (help.answer) see every request; anyone else only their own. ' +
        '`mine=true` limits a coordinator to their own too.',
      params: orgParams,
      querystring: pageQuerySchema.extend({
        status: z.enum(['open', 'answered', 'closed']).optional(),
        mine: z.enum(['true', 'false']).optional(),
      }),
      response: { 200: pageSchema(helpRequestSummarySchema) },
    },
    handler: async (request) => {
      const { organisationId, roles, actor } = scopeOf(request);
      const userId = userIdOf(actor);
      const { limit, cursor, status, mine } = request.query;
      const onlyMine = mine === 'true' || !can(roles, 'help.answer');
      if (onlyMine && !userId) return { items: [], nextCursor: null };
      const rows = await db
        .select({ help: helpRequests, programName: programs.name, requesterName: users.name })
        .from(helpRequests)
        .leftJoin(programs, eq(programs.id, helpRequests.programId))
        .leftJoin(users, eq(users.id, helpRequests.requesterId))
        .where(
          and(
            eq(helpRequests.organisationId, organisationId),
            onlyMine && userId ? eq(helpRequests.requesterId, userId) : undefined,
            status ? eq(helpRequests.status, status) : undefined,
            cursor ? lt(helpRequests.id, cursor) : undefined,
          ),
        )
        .orderBy(desc(helpRequests.id))
        .limit(limit + 1);
      const items = rows.slice(0, limit);
      return {
        items: items.map((row) => helpSummary(row, userId)),
        nextCursor: rows.length > limit ? (items.at(-1)?.help.id ?? null) : null,
      };
    },
  });

  app.get('/api/v1/help-requests/:helpRequestId', {
    config: { access: orgAccess('helpRequest', 'helpRequestId', 'organisation.read') },
    schema: {
      tags,
      summary: 'A request for help with its replies',
      description: 'For the person who asked and for coordinators (help.answer); others get 404.',
      params: helpParams,
      response: { 200: helpResponse },
    },
    handler: async (request) => {
      const found = await helpRequestOf(request, request.params.helpRequestId);
      return { helpRequest: await presentHelp(found, found.userId, found.answerer) };
    },
  });

  app.post('/api/v1/help-requests/:helpRequestId/replies', {
    config: { access: orgAccess('helpRequest', 'helpRequestId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Reply to a request for help',
      description:
        'The person who asked, or a coordinator. A coordinator’s reply marks the request ' +
        'answered and tells the person; the person’s reply opens it again and tells the ' +
        'coordinators. 409 conflict once the request is closed.',
      params: helpParams,
      body: helpReplyInputSchema,
      response: { 201: helpResponse },
    },
    handler: async (request, reply) => {
      const found = await helpRequestOf(request, request.params.helpRequestId);
      const { organisationId, userId } = found;
      if (found.help.status === 'closed') throw new AppError('conflict');
      const at = now();
      const { actor } = scopeOf(request);
      const mailIds = await db.transaction(async (tx) => {
        await tx.insert(helpReplies).values({
          id: newId(),
          organisationId,
          helpRequestId: found.help.id,
          authorId: userId,
          body: request.body.body,
          createdAt: at,
        });
        const status = found.mine ? 'open' : 'answered';
        await tx
          .update(helpRequests)
          .set({ status, updatedAt: at })
          .where(eq(helpRequests.id, found.help.id));
        const subject = found.help.subject;
        if (!found.mine) {
          const requester = found.help.requesterId;
          if (!requester) return [];
          return notify(
            tx,
            mailer,
            organisationId,
            [requester],
            { kind: 'help_answer', params: { subject }, link: '/help' },
            config.publicUrl,
          );
        }
        const coordinators = await membersWithRole(tx, organisationId, 'coordinator');
        return notify(
          tx,
          mailer,
          organisationId,
          coordinators.map((c) => c.userId).filter((c) => c !== userId),
          {
            kind: 'help_request',
            params: { from: actor.kind === 'person' ? actor.name : '', subject },
            link: `/help-inbox?request=${found.help.id}`,
          },
          config.publicUrl,
        );
      });
      await deliverAll(mailer, mailIds);
      const fresh = await helpRequestOf(request, found.help.id);
      return reply.status(201).send({
        helpRequest: await presentHelp(fresh, userId, fresh.answerer),
      });
    },
  });

  app.post('/api/v1/help-requests/:helpRequestId/close', {
    config: { access: orgAccess('helpRequest', 'helpRequestId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Close a request for help (the person who asked, or a coordinator)',
      params: helpParams,
      response: { 200: helpResponse },
    },
    handler: async (request) => {
      const found = await helpRequestOf(request, request.params.helpRequestId);
      await db
        .update(helpRequests)
        .set({ status: 'closed', updatedAt: now() })
        .where(eq(helpRequests.id, found.help.id));
      const fresh = await helpRequestOf(request, found.help.id);
      return { helpRequest: await presentHelp(fresh, fresh.userId, fresh.answerer) };
    },
  });
};
