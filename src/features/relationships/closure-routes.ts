import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ClosedMatch,
  type Closure,
  closedMatchSchema,
  closeMatchSchema,
  closureSchema,
  type ExitSurvey,
  exitSurveyInputSchema,
  exitSurveySchema,
} from '../../contracts/checkins';
import { closureReasons } from '../../contracts/relationships';
import { newId } from '../../db/ids';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { findMatch, type MatchView, menteeSideOf } from '../matches/queries';
import { matches } from '../matches/tables';
import { visibleMatch } from '../matches/visibility';
import { mentees } from '../mentees/tables';
import { deliverAll, notify } from '../notifications/notify';
import { recordMentorEvent } from '../recruitment/program-mentors';
import { programMentors } from '../recruitment/tables';
import { exitSurveys } from './tables';

const tags = ['relationships'];
const matchParams = z.object({ matchId: z.string() });
const iso = (d: Date | null) => (d ? d.toISOString() : null);
type Reason = (typeof closureReasons)[number];
const asReason = (r: string | null): Reason | null =>
  r && (closureReasons as readonly string[]).includes(r) ? (r as Reason) : null;

function presentClosed(view: NonNullable<MatchView>, at: Date): ClosedMatch {
  const m = view.match;
  return {
    id: m.id,
    programId: m.programId,
    mentorId: m.programMentorId,
    menteeId: m.menteeId,
    mentorName: view.mentorName,
    menteeName: view.menteeName,
    status: m.status,
    proposedAt: m.proposedAt.toISOString(),
    startedAt: iso(m.startedAt),
    closedAt: iso(m.closedAt),
    contactAfterClosure: m.contactAfterClosure,
    acceptance: {
      mentor: iso(m.mentorAcceptedAt),
      mentee: iso(m.menteeAcceptedAt),
      guardian: iso(m.guardianAcceptedAt),
      menteeSide: menteeSideOf(view, at),
    },
    closeReason: asReason(m.closeReason),
    closingMessage: m.closingMessage,
  };
}

type SurveyRow = typeof exitSurveys.$inferSelect;
function presentSurvey(row: SurveyRow): ExitSurvey {
  const a = row.answers;
  return {
    party: row.party,
    submittedAt: row.submittedAt.toISOString(),
    rating: Number(a.rating ?? 0),
    whatWorked: String(a.whatWorked ?? ''),
    whatCouldBeBetter: String(a.whatCouldBeBetter ?? ''),
    wouldRecommend: a.wouldRecommend === true,
  };
}

/**
 * Closure of a match (issue 6, point 5): planned or early, with a reason, the rule for
 * contact afterwards and a closing message; then each side's exit survey.
 */
export const closureRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  app.post('/api/v1/matches/:matchId/close', {
    config: { access: orgAccess('match', 'matchId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Close a match (or withdraw a proposal): reason, contact rule, closing message',
      description:
        '200 with the closed match. 409 `match_closed` unless it is active or proposed. The ' +
        'mentee waits for a new match again (or is withdrawn when they withdrew); the mentor ' +
        'is available again, or alumni when they withdrew and have no other open match. ' +
        'Everyone in the match is told.',
      params: matchParams,
      body: closeMatchSchema,
      response: { 200: z.object({ match: closedMatchSchema }) },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const view = await findMatch(db, organisationId, request.params.matchId);
      if (!view) throw new AppError('not_found');
      const m = view.match;
      if (m.status !== 'active' && m.status !== 'proposed') throw new AppError('match_closed');
      const at = now();
      const by = userIdOf(actor);
      const { reason, contactAfterClosure, closingMessage } = request.body;
      const mailIds = await db.transaction(async (tx) => {
        const [closed] = await tx
          .update(matches)
          .set({
            status: 'closed',
            closedAt: at,
            closedBy: by,
            closeReason: reason,
            closingMessage: closingMessage || null,
            contactAfterClosure,
          })
          .where(and(eq(matches.id, m.id), inArray(matches.status, ['active', 'proposed'])))
          .returning({ id: matches.id });
        if (!closed) throw new AppError('match_closed');
        const [mentee] = await tx.select().from(mentees).where(eq(mentees.id, m.menteeId));
        if (mentee && reason === 'mentee_withdrew' && mentee.status !== 'closed') {
          await tx
            .update(mentees)
            .set({ status: 'withdrawn', updatedAt: at })
            .where(eq(mentees.id, mentee.id));
        } else if (mentee?.status === 'matched') {
          await tx
            .update(mentees)
            .set({ status: 'waiting', waitingSince: at, updatedAt: at })
            .where(eq(mentees.id, mentee.id));
        }
        const [open] = await tx
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(matches)
          .where(
            and(
              eq(matches.programMentorId, m.programMentorId),
              ne(matches.id, m.id),
              inArray(matches.status, ['active', 'proposed']),
            ),
          );
        const [activeOther] = await tx
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(matches)
          .where(
            and(
              eq(matches.programMentorId, m.programMentorId),
              ne(matches.id, m.id),
              eq(matches.status, 'active'),
            ),
          );
        if (reason === 'mentor_withdrew' && (open?.n ?? 0) === 0) {
          await tx
            .update(programMentors)
            .set({ stage: 'alumni', stageChangedAt: at })
            .where(eq(programMentors.id, m.programMentorId));
          await recordMentorEvent(tx, organisationId, m.programMentorId, 'stage_changed', at, by, {
            stage: 'alumni',
          });
        } else if ((activeOther?.n ?? 0) === 0) {
          // Available again: the stage they see follows their enrolment once more.
          await tx
            .update(programMentors)
            .set({ stage: 'in_training', stageChangedAt: at })
            .where(
              and(eq(programMentors.id, m.programMentorId), eq(programMentors.stage, 'active')),
            );
        }
        const people = [view.mentorUserId, view.menteeUserId, view.guardianUserId].filter(
          (id): id is string => id !== null,
        );
        return notify(
          tx,
          deps.mailer,
          organisationId,
          people,
          { kind: 'match_closed', params: { program: view.programName }, link: `/matches/${m.id}` },
          deps.config.publicUrl,
        );
      });
      await deliverAll(deps.mailer, mailIds);
      const after = await findMatch(db, organisationId, m.id);
      if (!after) throw new AppError('not_found');
      return { match: presentClosed(after, at) };
    },
  });

  app.get('/api/v1/matches/:matchId/exit-survey', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The closure of a match and its exit surveys',
      description:
        'For the people of the match and staff. Staff see every side’s survey; a person ' +
        'their own, and the sides they may still answer for.',
      params: matchParams,
      response: { 200: closureSchema },
    },
    handler: async (request): Promise<Closure> => {
      const { view, sides, staff, organisationId } = await visibleMatch(
        db,
        request,
        request.params.matchId,
      );
      const m = view.match;
      const rows = await db
        .select()
        .from(exitSurveys)
        .where(and(eq(exitSurveys.organisationId, organisationId), eq(exitSurveys.matchId, m.id)));
      const closed = m.status === 'closed' && m.closedAt;
      const mine = rows.filter((r) => (sides as string[]).includes(r.party));
      return {
        closure: closed
          ? {
              closedAt: m.closedAt?.toISOString() ?? '',
              // The reason (e.g. safeguarding) is for staff; the sides read the message.
              reason: staff ? asReason(m.closeReason) : null,
              contactAfterClosure: m.contactAfterClosure,
              closingMessage: m.closingMessage,
            }
          : null,
        surveys: (staff ? rows : mine).map(presentSurvey),
        canAnswerAs: closed ? sides.filter((s) => !rows.some((r) => r.party === s)) : [],
      };
    },
  });

  app.post('/api/v1/matches/:matchId/exit-survey', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Answer the exit survey of a closed match, once per side',
      description:
        '201 with the survey. Only the mentor, the mentee and the guardian, each once ' +
        '(409 `conflict` a second time); only when the match is closed (409 `conflict`).',
      params: matchParams,
      body: exitSurveyInputSchema,
      response: { 201: z.object({ survey: exitSurveySchema }) },
    },
    handler: async (request, reply) => {
      const { view, sides, organisationId, userId } = await visibleMatch(
        db,
        request,
        request.params.matchId,
      );
      const party = sides[0];
      if (!party) throw new AppError('forbidden');
      if (view.match.status !== 'closed') throw new AppError('conflict');
      const b = request.body;
      const [row] = await db
        .insert(exitSurveys)
        .values({
          id: newId(),
          organisationId,
          matchId: view.match.id,
          party,
          userId,
          answers: {
            rating: b.rating,
            whatWorked: b.whatWorked,
            whatCouldBeBetter: b.whatCouldBeBetter,
            wouldRecommend: b.wouldRecommend,
          },
          submittedAt: now(),
        })
        .onConflictDoNothing()
        .returning();
      if (!row) throw new AppError('conflict');
      return reply.status(201).send({ survey: presentSurvey(row) });
    },
  });
};
