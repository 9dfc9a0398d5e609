import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { core } from 'zod';
import { z } from 'zod';
import {
  createGoalSchema,
  createMeetingSchema,
  type Goal,
  goalSchema,
  type Meeting,
  matchPageSchema,
  meetingSchema,
  type NextMeeting,
  updateGoalSchema,
  updateMeetingSchema,
} from '../../contracts/relationships';
import { newId } from '../../db/ids';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, scopeOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { RequestValidationError } from '../../server/plugins/validation';
import { users } from '../accounts/tables';
import { type MatchView, menteeSideOf } from '../matches/queries';
import { visibleMatch as seeMatch, type VisibleMatch } from '../matches/visibility';
import { deliverAll, notify } from '../notifications/notify';
import { nextMeetingIcs } from './next-meeting-ics';
import {
  findGoal,
  findMeeting,
  firstPlannedMeeting,
  type GoalRow,
  listGoals,
  listMeetings,
  type MeetingRow,
} from './queries';
import { matchGoals, meetings } from './tables';

const tags = ['relationships'];
const DAY = 86_400_000;
/** How far back a meeting may be logged, and how far ahead one may be planned. */
const RANGE_DAYS = 365;
/** How long the facilitated first meeting is put in the calendar for. */
const FIRST_MEETING_MINUTES = 60;

const matchParams = z.object({ matchId: z.string() });
const meetingParams = z.object({ meetingId: z.string() });
const goalParams = z.object({ goalId: z.string() });
const meetingResponse = z.object({ meeting: meetingSchema });
const goalResponse = z.object({ goal: goalSchema });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type Request = Parameters<typeof scopeOf>[0];
interface Visible extends VisibleMatch {
  canWrite: boolean;
}

function presentGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    matchId: row.matchId,
    title: row.title,
    progressPercent: row.progressPercent,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentMeeting(row: MeetingRow, loggedByName: string | null, v: Visible): Meeting {
  return {
    id: row.id,
    matchId: row.matchId,
    date: row.date.toISOString(),
    durationMinutes: row.durationMinutes,
    kind: row.kind,
    notes: row.notes,
    loggedByName,
    canEdit: v.manager || (v.userId !== null && row.loggedBy === v.userId),
  };
}

/** The date of a meeting must lie within a year back or a year ahead; names the field. */
function checkDate(date: Date, at: Date) {
  const min = new Date(at.getTime() - RANGE_DAYS * DAY);
  const max = new Date(at.getTime() + RANGE_DAYS * DAY);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const base = { origin: 'date', inclusive: true, path: ['date'], input: undefined };
  if (date < min) {
    const issue = { ...base, code: 'too_small', minimum: day(min), message: 'too early' };
    throw new RequestValidationError([issue as unknown as core.$ZodIssue]);
  }
  if (date > max) {
    const issue = { ...base, code: 'too_big', maximum: day(max), message: 'too late' };
    throw new RequestValidationError([issue as unknown as core.$ZodIssue]);
  }
}

/** Meetings and goals are kept while the match is active; a closed one is history. */
function checkActive(view: NonNullable<MatchView>) {
  const { status } = view.match;
  if (status === 'closed') throw new AppError('match_closed');
  if (status !== 'active') throw new AppError('conflict');
}

/**
 * The match page (issue 6): the agreement, goals with progress, the meeting log and the next
 * meeting. Seen by the mentor, the mentee, a child's guardian and staff who may read matches;
 * anyone else is told the match is not there (404).
 */
export const relationshipRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now, config } = deps;

  /** The match as its people and staff see it, with whether the caller may write to it. */
  async function visibleMatch(request: Request, matchId: string): Promise<Visible> {
    const v = await seeMatch(db, request, matchId);
    // A child under 15 does not log: the guardian does it for them.
    const menteeWrites = v.sides.includes('mentee') && menteeSideOf(v.view, now()) === 'mentee';
    const canWrite =
      v.manager || v.sides.includes('mentor') || v.sides.includes('guardian') || menteeWrites;
    return { ...v, canWrite };
  }

  /** The match may be written to by the caller, and is active. */
  async function writableMatch(request: Request, matchId: string) {
    const v = await visibleMatch(request, matchId);
    if (!v.canWrite) throw new AppError('forbidden');
    checkActive(v.view);
    return v;
  }

  async function nextMeetingOf(v: Visible, at: Date): Promise<NextMeeting | null> {
    const planned = await firstPlannedMeeting(db, v.organisationId, v.view.match.id, at);
    if (planned) {
      return {
        date: planned.date.toISOString(),
        source: 'meeting',
        meetingId: planned.id,
        place: null,
        kind: planned.kind,
        durationMinutes: planned.durationMinutes,
      };
    }
    const first = v.view.match.firstMeetingAt;
    if (first && first >= at) {
      return {
        date: first.toISOString(),
        source: 'first',
        meetingId: null,
        place: v.view.match.firstMeetingPlace,
        kind: null,
        durationMinutes: FIRST_MEETING_MINUTES,
      };
    }
    return null;
  }

  app.get('/api/v1/matches/:matchId/page', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The match page: agreement, goals, meeting log and the next meeting',
      description:
        'For the mentor, the mentee, the guardian of a child and staff who may read matches; ' +
        'anyone else gets 404. Meetings newest first (the latest 100). The notes of a meeting ' +
        'are visible to everyone who sees the page. `viewer.canWrite` tells whether the caller ' +
        'may log meetings and change goals (not a child under 15: the guardian does).',
      params: matchParams,
      response: { 200: matchPageSchema },
    },
    handler: async (request) => {
      const v = await visibleMatch(request, request.params.matchId);
      const m = v.view.match;
      const at = now();
      const [goals, logged, nextMeeting] = await Promise.all([
        listGoals(db, v.organisationId, m.id),
        listMeetings(db, v.organisationId, m.id),
        nextMeetingOf(v, at),
      ]);
      return {
        match: {
          id: m.id,
          programId: m.programId,
          programName: v.view.programName,
          mentorName: v.view.mentorName,
          menteeName: v.view.menteeName,
          status: m.status,
          proposedAt: m.proposedAt.toISOString(),
          startedAt: iso(m.startedAt),
          closedAt: iso(m.closedAt),
          firstMeetingAt: iso(m.firstMeetingAt),
          firstMeetingPlace: m.firstMeetingPlace,
          agreement: m.agreement ?? null,
        },
        viewer: { sides: v.sides, staff: v.staff, canWrite: v.canWrite && m.status === 'active' },
        goals: goals.map(presentGoal),
        meetings: logged.map((r) => presentMeeting(r.meeting, r.loggedByName, v)),
        nextMeeting,
      };
    },
  });

  app.get('/api/v1/matches/:matchId/next-meeting.ics', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The next meeting of a match as a calendar file (.ics)',
      description:
        'The earliest meeting from now on, or the facilitated first meeting when none is ' +
        'planned; 404 when there is no next meeting. Same visibility as the match page.',
      params: matchParams,
      produces: ['text/calendar'],
    },
    handler: async (request, reply) => {
      const v = await visibleMatch(request, request.params.matchId);
      const at = now();
      const next = await nextMeetingOf(v, at);
      if (!next) throw new AppError('not_found');
      const ics = nextMeetingIcs({
        uid: `${next.meetingId ?? `${v.view.match.id}-first`}@mentorpath`,
        locale: request.locale,
        mentorName: v.view.mentorName,
        menteeName: v.view.menteeName,
        programName: v.view.programName,
        startsAt: new Date(next.date),
        durationMinutes: next.durationMinutes,
        place: next.place ?? '',
        url: `${config.publicUrl}/matches/${v.view.match.id}`,
        stampedAt: at,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="mentorpath-meeting.ics"')
        .send(ics);
    },
  });

  app.post('/api/v1/matches/:matchId/meetings', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Log a meeting or activity, or plan one (a date ahead)',
      description:
        'The mentor, the mentee (not a child under 15: the guardian logs for the child), the ' +
        'guardian, or staff who manage matches. Only while the match is active (409 ' +
        '`match_closed` once closed, 409 `conflict` before it starts). The date lies within ' +
        'the last 365 days or up to 365 days ahead.',
      params: matchParams,
      body: createMeetingSchema,
      response: { 201: meetingResponse },
    },
    handler: async (request, reply) => {
      const v = await writableMatch(request, request.params.matchId);
      const at = now();
      const date = new Date(request.body.date);
      checkDate(date, at);
      const { row, mailIds } = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(meetings)
          .values({
            id: newId(at.getTime()),
            organisationId: v.organisationId,
            matchId: v.view.match.id,
            date,
            durationMinutes: request.body.durationMinutes,
            kind: request.body.kind,
            notes: request.body.notes,
            loggedBy: v.userId,
            createdAt: at,
          })
          .returning();
        if (!row) throw new AppError('internal');
        // A meeting ahead is news for the others in the match.
        const others = [v.view.mentorUserId, v.view.menteeUserId, v.view.guardianUserId].filter(
          (id): id is string => id !== null && id !== v.userId,
        );
        const mailIds =
          date > at
            ? await notify(
                tx,
                deps.mailer,
                v.organisationId,
                others,
                {
                  kind: 'meeting_planned',
                  params: { when: copenhagenTime(date) },
                  link: `/matches/${v.view.match.id}`,
                },
                deps.config.publicUrl,
                { at },
              )
            : [];
        return { row, mailIds };
      });
      await deliverAll(deps.mailer, mailIds);
      const name = await loggerName(v.userId);
      return reply.status(201).send({ meeting: presentMeeting(row, name, v) });
    },
  });

  /** A moment as people in Denmark read it in either language: 2026-11-27 16:00. */
  function copenhagenTime(date: Date) {
    return new Intl.DateTimeFormat('sv-SE', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    }).format(date);
  }

  async function loggerName(userId: string | null) {
    if (!userId) return null;
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
    return row?.name ?? null;
  }

  /** A meeting the caller may change: they logged it, or they manage matches. */
  async function editableMeeting(request: Request, meetingId: string) {
    const { organisationId } = scopeOf(request);
    const meeting = await findMeeting(db, organisationId, meetingId);
    if (!meeting) throw new AppError('not_found');
    const v = await visibleMatch(request, meeting.matchId);
    if (!v.manager && (v.userId === null || meeting.loggedBy !== v.userId)) {
      throw new AppError('forbidden');
    }
    checkActive(v.view);
    return { v, meeting };
  }

  app.patch('/api/v1/meetings/:meetingId', {
    config: { access: orgAccess('meeting', 'meetingId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Change a logged meeting',
      description:
        'The one who logged it, or staff who manage matches; only while the match is active.',
      params: meetingParams,
      body: updateMeetingSchema,
      response: { 200: meetingResponse },
    },
    handler: async (request) => {
      const { v, meeting } = await editableMeeting(request, request.params.meetingId);
      const { date, ...rest } = request.body;
      const changes: Partial<MeetingRow> = { ...rest };
      if (date !== undefined) {
        changes.date = new Date(date);
        checkDate(changes.date, now());
      }
      const [row] =
        Object.keys(changes).length > 0
          ? await db.update(meetings).set(changes).where(eq(meetings.id, meeting.id)).returning()
          : [meeting];
      if (!row) throw new AppError('not_found');
      return { meeting: presentMeeting(row, await loggerName(row.loggedBy), v) };
    },
  });

  app.delete('/api/v1/meetings/:meetingId', {
    config: { access: orgAccess('meeting', 'meetingId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Delete a logged meeting',
      description:
        'The one who logged it, or staff who manage matches; only while the match is active.',
      params: meetingParams,
    },
    handler: async (request, reply) => {
      const { meeting } = await editableMeeting(request, request.params.meetingId);
      await db.delete(meetings).where(eq(meetings.id, meeting.id));
      return reply.status(204).send();
    },
  });

  app.post('/api/v1/matches/:matchId/goals', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Add a goal the mentor and mentee work towards',
      description:
        'The mentor, the mentee (not a child under 15), the guardian, or staff who manage ' +
        'matches; only while the match is active.',
      params: matchParams,
      body: createGoalSchema,
      response: { 201: goalResponse },
    },
    handler: async (request, reply) => {
      const v = await writableMatch(request, request.params.matchId);
      const at = now();
      const [row] = await db
        .insert(matchGoals)
        .values({
          id: newId(at.getTime()),
          organisationId: v.organisationId,
          matchId: v.view.match.id,
          title: request.body.title,
          createdBy: v.userId,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      if (!row) throw new AppError('internal');
      return reply.status(201).send({ goal: presentGoal(row) });
    },
  });

  async function writableGoal(request: Request, goalId: string) {
    const { organisationId } = scopeOf(request);
    const goal = await findGoal(db, organisationId, goalId);
    if (!goal) throw new AppError('not_found');
    await writableMatch(request, goal.matchId);
    return goal;
  }

  app.patch('/api/v1/goals/:goalId', {
    config: { access: orgAccess('goal', 'goalId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Rename a goal or record its progress (0–100 %)',
      description: 'The same people who may add goals; only while the match is active.',
      params: goalParams,
      body: updateGoalSchema,
      response: { 200: goalResponse },
    },
    handler: async (request) => {
      const goal = await writableGoal(request, request.params.goalId);
      const [row] = await db
        .update(matchGoals)
        .set({ ...request.body, updatedAt: now() })
        .where(eq(matchGoals.id, goal.id))
        .returning();
      if (!row) throw new AppError('not_found');
      return { goal: presentGoal(row) };
    },
  });

  app.delete('/api/v1/goals/:goalId', {
    config: { access: orgAccess('goal', 'goalId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Remove a goal',
      description: 'The same people who may add goals; only while the match is active.',
      params: goalParams,
    },
    handler: async (request, reply) => {
      const goal = await writableGoal(request, request.params.goalId);
      await db.delete(matchGoals).where(eq(matchGoals.id, goal.id));
      return reply.status(204).send();
    },
  });
};
