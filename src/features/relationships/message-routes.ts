import { and, count, eq, gt, min } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  afterContactSchema,
  answerContactRequestSchema,
  CONTACT_REQUEST_WINDOW_DAYS,
  CONTACT_REQUESTS_MAX,
  type ContactRequest,
  contactChannelSchema,
  contactRequestSchema,
  contactRequestsSchema,
  createContactRequestSchema,
  type Message,
  messageSchema,
  messageThreadSchema,
  postMessageSchema,
  watchWordsSchema,
} from '../../contracts/messaging';
import { newId } from '../../db/ids';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, scopeOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { users } from '../accounts/tables';
import { assertMayMentor, mentorGate } from '../eligibility/mentor-gate';
import { type MatchView, menteeSideOf } from '../matches/queries';
import { matches } from '../matches/tables';
import { type VisibleMatch, visibleMatch } from '../matches/visibility';
import { deliverAll, notify } from '../notifications/notify';
import { programs } from '../programs/tables';
import { findWatchWord, listMessages, normaliseWatchWords, watchListDescription } from './messages';
import { concerns, contactRequests, messages } from './tables';

const tags = ['relationships'];
const DAY = 86_400_000;
const matchParams = z.object({ matchId: z.string() });
const programParams = z.object({ programId: z.string() });
const contactRequestParams = z.object({ contactRequestId: z.string() });

type View = NonNullable<MatchView>;
type Visible = VisibleMatch;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function senderRole(view: View, senderId: string | null): Message['senderRole'] {
  if (!senderId) return null;
  if (senderId === view.mentorUserId) return 'mentor';
  if (senderId === view.menteeUserId) return 'mentee';
  if (senderId === view.guardianUserId) return 'guardian';
  return 'staff';
}

function presentContactRequest(
  row: typeof contactRequests.$inferSelect,
  fromName: string | null,
): ContactRequest {
  return {
    id: row.id,
    matchId: row.matchId,
    fromName,
    message: row.message,
    answer: row.answer,
    answeredAt: iso(row.answeredAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Everyone with an account in the match: the mentor, the mentee and a child's guardian. */
function participantsOf(view: View): string[] {
  return [view.mentorUserId, view.menteeUserId, view.guardianUserId].filter(
    (id): id is string => typeof id === 'string',
  );
}

/**
 * Messages between the people of a match (the guardian copied, staff reading), the program's
 * watch list, and contact after the program through Mentorpath.
 */
export const messageRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now, mailer, config } = deps;

  /** Who writes for the mentee: the mentee, or the guardian while the child is under 15. */
  function writesForMentee(v: Visible, at: Date): boolean {
    const side = menteeSideOf(v.view, at);
    return v.sides.includes(side) || (side === 'mentee' && v.sides.includes('guardian'));
  }

  /** The former mentee's side: the mentee's own account, or the guardian of a child under 15. */
  function isFormerMentee(v: Visible, at: Date): boolean {
    return v.sides.includes(menteeSideOf(v.view, at));
  }

  /** The gate for the match's mentor now: every path between the two asks it. */
  async function gateOf(v: Visible, at: Date) {
    const m = v.view.match;
    return mentorGate(db, v.organisationId, m.programId, v.view.mentorUserId, at);
  }

  async function gateBlockers(v: Visible, at: Date) {
    return (await gateOf(v, at)).blockers;
  }

  /** Whether the caller may write in the thread now, and if not, why. */
  async function postingState(v: Visible, at: Date) {
    const writer = v.sides.includes('mentor') || writesForMentee(v, at);
    if (!writer) return { closedReason: 'not_a_participant' as const, blockers: [] };
    const { status } = v.view.match;
    if (status === 'closed') return { closedReason: 'match_closed' as const, blockers: [] };
    if (status !== 'active') return { closedReason: 'match_not_active' as const, blockers: [] };
    const blockers = await gateBlockers(v, at);
    if (blockers.length > 0) return { closedReason: 'gate' as const, blockers };
    return { closedReason: null, blockers: [] };
  }

  app.get('/api/v1/matches/:matchId/messages', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The message thread of a match, oldest first (the latest 500)',
      description:
        'The mentor, the mentee, the guardian of a child (copied on everything) and staff who ' +
        'may read matches (coordinators read, they do not write); anyone else gets 404. ' +
        'Old messages stay readable when the match closes or the gate no longer holds; ' +
        '`canPost` and `closedReason` (with the gate’s `blockers`) say whether the caller ' +
        'may write now.',
      params: matchParams,
      response: { 200: messageThreadSchema },
    },
    handler: async (request) => {
      const v = await visibleMatch(db, request, request.params.matchId);
      const at = now();
      const [rows, state] = await Promise.all([
        listMessages(db, v.organisationId, v.view.match.id),
        postingState(v, at),
      ]);
      return {
        items: rows.map(
          (r): Message => ({
            id: r.message.id,
            matchId: r.message.matchId,
            senderName: r.senderName,
            senderRole: senderRole(v.view, r.message.senderId),
            mine: v.userId !== null && r.message.senderId === v.userId,
            body: r.message.body,
            createdAt: r.message.createdAt.toISOString(),
          }),
        ),
        canPost: state.closedReason === null,
        closedReason: state.closedReason,
        blockers: state.blockers,
      };
    },
  });

  app.post('/api/v1/matches/:matchId/messages', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Write a message in the match',
      description:
        'The mentor, the mentee (a child under 15 has no voice of their own here: the ' +
        'guardian writes for them) or the guardian; staff only read (403). Only while the ' +
        'match is active (409 `match_closed` once closed, 409 `conflict` before it starts) ' +
        'and while the gate holds for the mentor, whoever writes: otherwise 422 with the ' +
        'first blocker as the code and all of them in `details.blockers` (e.g. ' +
        '`child_certificate_expired`). The others in the match are notified (`message`). A ' +
        'message with a word on the program’s watch list is still delivered, and opens a ' +
        'draft concern for the coordinator and the safeguarding lead; the sender is not told.',
      params: matchParams,
      body: postMessageSchema,
      response: { 201: z.object({ message: messageSchema }) },
    },
    handler: async (request, reply) => {
      const v = await visibleMatch(db, request, request.params.matchId);
      const at = now();
      const state = await postingState(v, at);
      if (state.closedReason === 'not_a_participant' || !v.userId) {
        throw new AppError('forbidden');
      }
      if (state.closedReason === 'match_closed') throw new AppError('match_closed');
      if (state.closedReason === 'match_not_active') throw new AppError('conflict');
      assertMayMentor({ eligible: state.blockers.length === 0, blockers: state.blockers });

      const userId = v.userId;
      const m = v.view.match;
      const { body } = request.body;
      const { row, mailIds, senderName } = await db.transaction(async (tx) => {
        const [sender] = await tx
          .select({ name: users.name })
          .from(users)
          .where(eq(users.id, userId));
        const [inserted] = await tx
          .insert(messages)
          .values({
            id: newId(),
            organisationId: v.organisationId,
            matchId: m.id,
            senderId: userId,
            body,
            createdAt: at,
          })
          .returning();
        if (!inserted) throw new AppError('internal');
        const [program] = await tx
          .select({ watchWords: programs.watchWords })
          .from(programs)
          .where(eq(programs.id, m.programId));
        const word = findWatchWord(body, program?.watchWords ?? []);
        if (word) {
          await tx.insert(concerns).values({
            id: newId(),
            organisationId: v.organisationId,
            programId: m.programId,
            matchId: m.id,
            reporterId: null,
            category: 'wellbeing',
            urgency: 'medium',
            description: watchListDescription(word, body),
            status: 'draft',
            history: [{ at: at.toISOString(), by: null, status: 'draft', note: 'watch list' }],
            createdAt: at,
            updatedAt: at,
          });
        }
        const others = participantsOf(v.view).filter((id) => id !== userId);
        const ids = await notify(
          tx,
          mailer,
          v.organisationId,
          others,
          { kind: 'message', params: { from: sender?.name ?? '' }, link: `/matches/${m.id}` },
          config.publicUrl,
        );
        return { row: inserted, mailIds: ids, senderName: sender?.name ?? null };
      });
      await deliverAll(mailer, mailIds);
      return reply.status(201).send({
        message: {
          id: row.id,
          matchId: row.matchId,
          senderName,
          senderRole: senderRole(v.view, userId),
          mine: true,
          body: row.body,
          createdAt: row.createdAt.toISOString(),
        },
      });
    },
  });

  app.get('/api/v1/programs/:programId/watch-words', {
    config: { access: orgAccess('program', 'programId', 'programs.manage') },
    schema: {
      tags,
      summary: 'The program’s watch list for messages',
      params: programParams,
      response: { 200: watchWordsSchema },
    },
    handler: async (request) => {
      const [program] = await db
        .select({ watchWords: programs.watchWords })
        .from(programs)
        .where(eq(programs.id, request.params.programId));
      return { words: program?.watchWords ?? [] };
    },
  });

  app.put('/api/v1/programs/:programId/watch-words', {
    config: { access: orgAccess('program', 'programId', 'programs.manage') },
    schema: {
      tags,
      summary: 'Replace the program’s watch list for messages',
      description:
        'Up to 100 words of at most 40 characters, stored trimmed, in lower case and without ' +
        'repeats. A message containing one of them (case-insensitive, as a whole word or the ' +
        'start of a word) is delivered as usual and opens a draft concern.',
      params: programParams,
      body: watchWordsSchema,
      response: { 200: watchWordsSchema },
    },
    handler: async (request) => {
      const words = normaliseWatchWords(request.body.words);
      await db
        .update(programs)
        .set({ watchWords: words })
        .where(eq(programs.id, request.params.programId));
      return { words };
    },
  });

  /** How many requests the person sent for this match in the window, and when the first was. */
  async function recentRequests(v: Visible, userId: string, at: Date) {
    const since = new Date(at.getTime() - CONTACT_REQUEST_WINDOW_DAYS * DAY);
    const [row] = await db
      .select({ n: count(), first: min(contactRequests.createdAt) })
      .from(contactRequests)
      .where(
        and(
          eq(contactRequests.organisationId, v.organisationId),
          eq(contactRequests.matchId, v.view.match.id),
          eq(contactRequests.fromUserId, userId),
          gt(contactRequests.createdAt, since),
        ),
      );
    return { n: row?.n ?? 0, first: row?.first ?? null };
  }

  /** The match is closed, its rule allows contact, and the mentor has not closed the channel. */
  function contactOpen(view: View): boolean {
    const m = view.match;
    return (
      m.status === 'closed' &&
      (m.contactAfterClosure === 'platform' || m.contactAfterClosure === 'direct') &&
      m.contactChannelClosedAt === null
    );
  }

  app.get('/api/v1/matches/:matchId/contact-requests', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Contact after the program: the former mentee’s requests and the mentor’s answers',
      description:
        'For the two sides of the match and staff who may read matches. Tells the rule set ' +
        'at closure, whether the mentor closed the channel, and whether the caller may send ' +
        'a request now (at most 3 in 30 days) or answer.',
      params: matchParams,
      response: { 200: contactRequestsSchema },
    },
    handler: async (request) => {
      const v = await visibleMatch(db, request, request.params.matchId);
      const at = now();
      const m = v.view.match;
      const rows = await db
        .select({ request: contactRequests, fromName: users.name })
        .from(contactRequests)
        .leftJoin(users, eq(users.id, contactRequests.fromUserId))
        .where(
          and(
            eq(contactRequests.organisationId, v.organisationId),
            eq(contactRequests.matchId, m.id),
          ),
        )
        .orderBy(contactRequests.createdAt, contactRequests.id);
      const former = v.userId !== null && isFormerMentee(v, at);
      const remaining =
        former && v.userId
          ? Math.max(0, CONTACT_REQUESTS_MAX - (await recentRequests(v, v.userId, at)).n)
          : 0;
      return {
        items: rows.map((r) => presentContactRequest(r.request, r.fromName)),
        rule: m.contactAfterClosure,
        channelClosedAt: iso(m.contactChannelClosedAt),
        formerMentee: former,
        canRequest: former && contactOpen(v.view) && remaining > 0,
        remaining,
        limit: CONTACT_REQUESTS_MAX,
        windowDays: CONTACT_REQUEST_WINDOW_DAYS,
        canAnswer: v.sides.includes('mentor') && contactOpen(v.view),
      };
    },
  });

  app.post('/api/v1/matches/:matchId/contact-requests', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'After the program: the former mentee writes to the mentor through Mentorpath',
      description:
        '201 from the former mentee (the mentee’s own account; for a child under 15 the ' +
        'guardian) of a closed match whose rule is `platform` or `direct` and whose channel ' +
        'the mentor has not closed; 422 `contact_not_allowed` otherwise. At most 3 in 30 days ' +
        'per person and match: 429 `rate_limited` with Retry-After. Children’s safeguarding ' +
        'still applies: the gate must hold for the mentor (422 with the blocker). The mentor ' +
        'is notified (`contact_request`).',
      params: matchParams,
      body: createContactRequestSchema,
      response: { 201: z.object({ contactRequest: contactRequestSchema }) },
    },
    handler: async (request, reply) => {
      const v = await visibleMatch(db, request, request.params.matchId);
      const at = now();
      const userId = v.userId;
      if (!userId || !isFormerMentee(v, at) || !contactOpen(v.view)) {
        throw new AppError('contact_not_allowed');
      }
      const recent = await recentRequests(v, userId, at);
      if (recent.n >= CONTACT_REQUESTS_MAX) {
        const freeAt =
          (recent.first?.getTime() ?? at.getTime()) + CONTACT_REQUEST_WINDOW_DAYS * DAY;
        throw new AppError('rate_limited', {
          retryAfter: Math.max(1, Math.ceil((freeAt - at.getTime()) / 1000)),
        });
      }
      assertMayMentor(await gateOf(v, at));

      const m = v.view.match;
      const { row, mailIds, fromName } = await db.transaction(async (tx) => {
        const [sender] = await tx
          .select({ name: users.name })
          .from(users)
          .where(eq(users.id, userId));
        const [inserted] = await tx
          .insert(contactRequests)
          .values({
            id: newId(),
            organisationId: v.organisationId,
            matchId: m.id,
            fromUserId: userId,
            message: request.body.message,
            createdAt: at,
          })
          .returning();
        if (!inserted) throw new AppError('internal');
        const ids = await notify(
          tx,
          mailer,
          v.organisationId,
          [v.view.mentorUserId],
          {
            kind: 'contact_request',
            params: { from: sender?.name ?? '' },
            link: `/matches/${m.id}`,
          },
          config.publicUrl,
        );
        return { row: inserted, mailIds: ids, fromName: sender?.name ?? null };
      });
      await deliverAll(mailer, mailIds);
      return reply.status(201).send({ contactRequest: presentContactRequest(row, fromName) });
    },
  });

  app.post('/api/v1/contact-requests/:contactRequestId/answer', {
    config: { access: orgAccess('contactRequest', 'contactRequestId', 'organisation.read') },
    schema: {
      tags,
      summary: 'The mentor answers a former mentee’s request',
      description:
        'Only the mentor (403 for others who see the match, 404 for anyone else), once ' +
        '(409 `conflict` when answered), while the channel is open (422 ' +
        '`contact_not_allowed`) and the gate holds (422 with the blocker). The former mentee ' +
        'is notified (`contact_answer`).',
      params: contactRequestParams,
      body: answerContactRequestSchema,
      response: { 200: z.object({ contactRequest: contactRequestSchema }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const [existing] = await db
        .select()
        .from(contactRequests)
        .where(
          and(
            eq(contactRequests.organisationId, organisationId),
            eq(contactRequests.id, request.params.contactRequestId),
          ),
        );
      if (!existing) throw new AppError('not_found');
      const v = await visibleMatch(db, request, existing.matchId);
      if (!v.sides.includes('mentor') || !v.userId) throw new AppError('forbidden');
      if (!contactOpen(v.view)) throw new AppError('contact_not_allowed');
      if (existing.answeredAt) throw new AppError('conflict');
      const at = now();
      assertMayMentor(await gateOf(v, at));

      const { row, mailIds } = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(contactRequests)
          .set({ answer: request.body.answer, answeredAt: at })
          .where(eq(contactRequests.id, existing.id))
          .returning();
        if (!updated) throw new AppError('not_found');
        const ids = existing.fromUserId
          ? await notify(
              tx,
              mailer,
              v.organisationId,
              [existing.fromUserId],
              {
                kind: 'contact_answer',
                params: { from: v.view.mentorName },
                link: `/matches/${v.view.match.id}`,
              },
              config.publicUrl,
            )
          : [];
        return { row: updated, mailIds: ids };
      });
      await deliverAll(mailer, mailIds);
      const [from] = existing.fromUserId
        ? await db.select({ name: users.name }).from(users).where(eq(users.id, existing.fromUserId))
        : [];
      return { contactRequest: presentContactRequest(row, from?.name ?? null) };
    },
  });

  app.post('/api/v1/matches/:matchId/contact-channel/close', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Close the channel for contact after the program',
      description:
        'The mentor at any time, or staff who manage matches (403 for others who see the ' +
        'match). Only on a closed match (409 `conflict` otherwise); closing twice keeps the ' +
        'first date. Afterwards requests and the mentor’s e-mail answer 422 ' +
        '`contact_not_allowed`.',
      params: matchParams,
      response: { 200: contactChannelSchema },
    },
    handler: async (request) => {
      const v = await visibleMatch(db, request, request.params.matchId);
      if (!v.sides.includes('mentor') && !v.manager) throw new AppError('forbidden');
      const m = v.view.match;
      if (m.status !== 'closed') throw new AppError('conflict');
      const closedAt = m.contactChannelClosedAt ?? now();
      if (!m.contactChannelClosedAt) {
        await db
          .update(matches)
          .set({ contactChannelClosedAt: closedAt })
          .where(eq(matches.id, m.id));
      }
      return { rule: m.contactAfterClosure, channelClosedAt: closedAt.toISOString() };
    },
  });

  app.get('/api/v1/matches/:matchId/after-contact', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'After the program: the mentor’s e-mail, where the rule is direct contact',
      description:
        'For the former mentee (or a child’s guardian) of a closed match whose rule is ' +
        '`direct`, while the mentor has not closed the channel and the gate holds for the ' +
        'mentor; 422 `contact_not_allowed` otherwise (with `details.blockers` when it is the ' +
        'gate).',
      params: matchParams,
      response: { 200: afterContactSchema },
    },
    handler: async (request) => {
      const v = await visibleMatch(db, request, request.params.matchId);
      const at = now();
      const m = v.view.match;
      if (!isFormerMentee(v, at) || !contactOpen(v.view) || m.contactAfterClosure !== 'direct') {
        throw new AppError('contact_not_allowed');
      }
      const blockers = await gateBlockers(v, at);
      if (blockers.length > 0) throw new AppError('contact_not_allowed', { details: { blockers } });
      const [mentor] = await db
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, v.view.mentorUserId));
      if (!mentor) throw new AppError('not_found');
      return { mentor };
    },
  });
};
