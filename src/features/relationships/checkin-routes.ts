import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type CheckIn,
  checkInSchema,
  dueListSchema,
  matchCheckInsSchema,
  recordCheckInSchema,
} from '../../contracts/checkins';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import type { RouteOptions } from '../../server/deps';
import { type AuthorizedOrgId, orgAccess, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import { findMatch, type MatchView } from '../matches/queries';
import { programs } from '../programs/tables';
import { dueCheckIns, listCheckIns, scheduleOf } from './checkins-queries';
import { checkIns } from './tables';

const tags = ['relationships'];
const matchParams = z.object({ matchId: z.string() });
const programParams = z.object({ programId: z.string() });
const orgParams = z.object({ orgId: z.string() });

type CheckInRow = typeof checkIns.$inferSelect;

function presentCheckIn(row: CheckInRow, recordedByName: string | null): CheckIn {
  return {
    id: row.id,
    matchId: row.matchId,
    party: row.party,
    date: row.date.toISOString(),
    durationMinutes: row.durationMinutes,
    channel: row.channel,
    notes: row.notes,
    flags: row.flags,
    recordedByName,
  };
}

async function programRule(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ childCertificate: programs.childCertificate, menteeAgeMin: programs.menteeAgeMin })
    .from(programs)
    .where(eq(programs.id, programId));
  if (!row) throw new AppError('not_found');
  return row;
}

/** Check-ins by the coordinator: what is due and overdue, and recording them (issue 6). */
export const checkInRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  async function matchOf(organisationId: AuthorizedOrgId, matchId: string) {
    const view = await findMatch(db, organisationId, matchId);
    if (!view) throw new AppError('not_found');
    return view;
  }

  async function scheduleFor(view: NonNullable<MatchView>, at: Date) {
    if (view.match.status !== 'active') return [];
    const rows = await db
      .select({ party: checkIns.party, date: checkIns.date })
      .from(checkIns)
      .where(eq(checkIns.matchId, view.match.id));
    return scheduleOf(
      {
        startedAt: view.match.startedAt ?? view.match.proposedAt,
        menteeBirthDate: view.menteeBirthDate,
        guardianUserId: view.guardianUserId,
        program: await programRule(db, view.match.programId),
      },
      rows,
      at,
    );
  }

  app.post('/api/v1/matches/:matchId/check-ins', {
    config: { access: orgAccess('match', 'matchId', 'checkIns.manage') },
    schema: {
      tags,
      summary: 'Record a check-in with one side of an active match',
      description:
        '201 with the check-in. Only on an active match (409 `match_closed` once closed, ' +
        '409 `conflict` before it starts). The date may not lie ahead; the party must be one ' +
        'the match has (a guardian only when the mentee has one).',
      params: matchParams,
      body: recordCheckInSchema,
      response: { 201: z.object({ checkIn: checkInSchema }) },
    },
    handler: async (request, reply) => {
      const { organisationId, actor } = scopeOf(request);
      const view = await matchOf(organisationId, request.params.matchId);
      if (view.match.status === 'closed') throw new AppError('match_closed');
      if (view.match.status !== 'active') throw new AppError('conflict');
      const at = now();
      const body = request.body;
      const date = new Date(body.date);
      if (date.getTime() > at.getTime()) {
        throw AppError.invalid([{ path: 'date', messageKey: 'checkins.dateInFuture' }]);
      }
      if (body.party === 'guardian' && !view.guardianUserId) {
        throw AppError.invalid([{ path: 'party', messageKey: 'checkins.noGuardian' }]);
      }
      const userId = userIdOf(actor);
      const [row] = await db
        .insert(checkIns)
        .values({
          id: newId(),
          organisationId,
          matchId: view.match.id,
          party: body.party,
          date,
          durationMinutes: body.durationMinutes,
          channel: body.channel,
          notes: body.notes,
          flags: [...new Set(body.flags)],
          createdBy: userId,
          createdAt: at,
        })
        .returning();
      if (!row) throw new AppError('internal');
      const [me] = userId
        ? await db.select({ name: users.name }).from(users).where(eq(users.id, userId))
        : [];
      return reply.status(201).send({ checkIn: presentCheckIn(row, me?.name ?? null) });
    },
  });

  app.get('/api/v1/matches/:matchId/check-ins', {
    config: { access: orgAccess('match', 'matchId', 'checkIns.manage') },
    schema: {
      tags,
      summary: 'The check-ins of a match, newest first, and what is due per side',
      params: matchParams,
      response: { 200: matchCheckInsSchema },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const view = await matchOf(organisationId, request.params.matchId);
      const rows = await listCheckIns(db, organisationId, view.match.id);
      return {
        items: rows.map((r) => presentCheckIn(r.checkIn, r.recordedByName)),
        schedule: await scheduleFor(view, now()),
      };
    },
  });

  app.get('/api/v1/programs/:programId/check-ins/due', {
    config: { access: orgAccess('program', 'programId', 'checkIns.manage') },
    schema: {
      tags,
      summary: 'The program’s active matches with what check-ins are due, overdue first',
      params: programParams,
      response: { 200: dueListSchema },
    },
    handler: async (request) =>
      dueCheckIns(db, scopeOf(request).organisationId, request.params.programId, now()),
  });

  app.get('/api/v1/organisations/:orgId/check-ins/due', {
    config: { access: orgAccess('organisation', 'orgId', 'checkIns.manage') },
    schema: {
      tags,
      summary: 'All programs’ active matches with what check-ins are due, overdue first',
      params: orgParams,
      response: { 200: dueListSchema },
    },
    handler: async (request) => dueCheckIns(db, scopeOf(request).organisationId, null, now()),
  });
};
