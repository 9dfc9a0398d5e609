import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createMatchSchema,
  type Match,
  matchContactSchema,
  matchSchema,
  myMatchSchema,
} from '../../contracts/matches';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema } from '../../server/lib/pagination';
import { users } from '../accounts/tables';
import { assertMayMentor, mentorGate } from '../eligibility/mentor-gate';
import { mentees } from '../mentees/tables';
import { matchNotices, notifyMatchPeople } from '../notifications/match-notices';
import { programMentors } from '../recruitment/tables';
import { proposalMails } from './match-mails';
import { acceptMatch, createMatch, declineMatch } from './mutations';
import {
  findMatch,
  listMatchesOfPerson,
  listProgramMatches,
  type MatchView,
  menteeSideOf,
  sidesOf,
} from './queries';
import { visibleMatch } from './visibility';

const tags = ['matches'];
const programParams = z.object({ programId: z.string() });
const matchParams = z.object({ matchId: z.string() });
const orgParams = z.object({ orgId: z.string() });
const matchResponse = z.object({ match: matchSchema });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function presentMatch(view: NonNullable<MatchView>, at: Date): Match {
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
  };
}

/**
 * Matches: created only through the gate (422 with its blockers), accepted by both sides
 * (a guardian for a child under 15), and contact details only while the gate holds.
 */
export const matchRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  app.post('/api/v1/programs/:programId/matches', {
    config: { access: orgAccess('program', 'programId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Match a mentor with a mentee (manually), through the gate',
      description:
        '201 with the proposed match. 422 when anything stands in the way: the first blocker ' +
        'is the code and all of them are in `details.blockers` (`screening_incomplete`, ' +
        '`training_incomplete`, `certification_expired`, `child_certificate_missing`, ' +
        '`child_certificate_expired`, `code_of_conduct_unsigned`, `mentor_at_capacity`, ' +
        '`mentee_already_matched`, `program_mismatch`, `constraint_violated` with ' +
        '`details.rules`).',
      params: programParams,
      body: createMatchSchema,
      response: { 201: matchResponse },
    },
    handler: async (request, reply) => {
      const { organisationId, actor } = scopeOf(request);
      const at = now();
      const { row, mailIds } = await db.transaction(async (tx) => {
        const row = await createMatch(
          tx,
          organisationId,
          request.params.programId,
          request.body,
          at,
          userIdOf(actor),
        );
        // Both sides hear of the proposal: by e-mail, each in their language, and in the app.
        const mailIds: string[] = [];
        for (const mail of await proposalMails(tx, row.id, at, deps.config.publicUrl)) {
          mailIds.push(await deps.mailer.store(tx, mail));
        }
        await matchNotices(
          tx,
          deps.mailer,
          organisationId,
          [row.id],
          'match_proposed',
          deps.config.publicUrl,
          at,
          { email: false },
        );
        return { row, mailIds };
      });
      for (const mailId of mailIds) await deps.mailer.deliver(mailId);
      const view = await findMatch(db, organisationId, row.id);
      if (!view) throw new AppError('not_found');
      return reply.status(201).send({ match: presentMatch(view, at) });
    },
  });

  app.get('/api/v1/programs/:programId/matches', {
    config: { access: orgAccess('program', 'programId', 'matches.read') },
    schema: {
      tags,
      summary: 'The program’s matches, newest first',
      params: programParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(matchSchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const { limit, cursor } = request.query;
      const rows = await listProgramMatches(
        db,
        organisationId,
        request.params.programId,
        limit,
        cursor,
      );
      const items = rows.slice(0, limit);
      const at = now();
      return {
        items: items.map((v) => presentMatch(v, at)),
        nextCursor: rows.length > limit ? (items.at(-1)?.match.id ?? null) : null,
      };
    },
  });

  app.get('/api/v1/organisations/:orgId/my-matches', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'My matches: as a mentor, as a mentee, or as a mentee’s guardian',
      params: orgParams,
      response: { 200: z.object({ items: z.array(myMatchSchema) }) },
    },
    handler: async (request) => {
      const { organisationId, actor } = scopeOf(request);
      const userId = userIdOf(actor);
      if (!userId) return { items: [] };
      const at = now();
      const rows = await listMatchesOfPerson(db, organisationId, userId);
      return {
        items: rows.flatMap((view) => {
          const side = sidesOf(view, userId)[0];
          if (!side) return [];
          const match = presentMatch(view, at);
          const accepted =
            side === 'mentor'
              ? match.acceptance.mentor
              : side === 'guardian'
                ? match.acceptance.guardian
                : match.acceptance.mentee;
          const mustAccept = side === 'mentor' || side === match.acceptance.menteeSide;
          return [
            {
              ...match,
              programName: view.programName,
              role: side,
              awaitingMe: match.status === 'proposed' && mustAccept && !accepted,
            },
          ];
        }),
      };
    },
  });

  for (const action of ['accept', 'decline'] as const) {
    app.post(`/api/v1/matches/:matchId/${action}`, {
      config: { access: orgAccess('match', 'matchId', 'organisation.read') },
      schema: {
        tags,
        summary:
          action === 'accept'
            ? 'Accept a proposed match (the mentor; the mentee, or the guardian of a child under 15)'
            : 'Decline a proposed match: the pair is not proposed again; the mentee waits again',
        description:
          action === 'accept'
            ? 'The match becomes active once both sides have accepted, and only if the gate ' +
              'still holds for the mentor (422 with the blockers otherwise).'
            : undefined,
        params: matchParams,
        response: { 200: matchResponse },
      },
      handler: async (request) => {
        const { organisationId } = scopeOf(request);
        const { view, sides } = await visibleMatch(db, request, request.params.matchId);
        // Staff see the match but do not accept for the people in it.
        if (sides.length === 0) throw new AppError('forbidden');
        const at = now();
        await db.transaction(async (tx) => {
          if (action === 'accept') await acceptMatch(tx, organisationId, view.match, sides, at);
          else await declineMatch(tx, view.match, at, userIdOf(scopeOf(request).actor));
        });
        const updated = await findMatch(db, organisationId, view.match.id);
        if (!updated) throw new AppError('not_found');
        if (
          action === 'accept' &&
          view.match.status !== 'active' &&
          updated.match.status === 'active'
        )
          await notifyMatchPeople(
            db,
            deps.mailer,
            organisationId,
            [updated.match.id],
            'match_active',
            deps.config.publicUrl,
            at,
          );
        return { match: presentMatch(updated, at) };
      },
    });
  }

  app.get('/api/v1/matches/:matchId/contact', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Contact details of the other side of an active match',
      description:
        'Only while the match is active and the gate holds for the mentor: a mentor who ' +
        'is no longer eligible neither sees the mentee’s details nor can be reached ' +
        '(422 with the blockers). A child’s contact is the guardian’s. Staff see both.',
      params: matchParams,
      response: { 200: matchContactSchema },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const { view, sides, staff } = await visibleMatch(db, request, request.params.matchId);
      const m = view.match;
      if (m.status !== 'active' && !staff) throw new AppError('contact_not_allowed');
      const at = now();
      if (sides.length > 0) {
        assertMayMentor(await mentorGate(db, organisationId, m.programId, view.mentorUserId, at));
      }
      const [mentorRow] = await db
        .select({ name: users.name, email: users.email, phone: programMentors.phone })
        .from(programMentors)
        .innerJoin(users, eq(users.id, programMentors.userId))
        .where(eq(programMentors.id, m.programMentorId));
      const [menteeRow] = await db.select().from(mentees).where(eq(mentees.id, m.menteeId));
      const guardian = menteeRow?.guardianUserId
        ? (
            await db
              .select({ name: users.name, email: users.email })
              .from(users)
              .where(eq(users.id, menteeRow.guardianUserId))
          )[0]
        : undefined;
      const isMentor = sides.includes('mentor');
      const seesMentor = staff || !isMentor;
      const seesMentee = staff || isMentor;
      return {
        mentor: seesMentor && mentorRow ? { ...mentorRow, phone: mentorRow.phone ?? null } : null,
        mentee:
          seesMentee && menteeRow
            ? { name: menteeRow.name, email: menteeRow.email, phone: menteeRow.phone }
            : null,
        guardian:
          seesMentee && guardian
            ? { name: guardian.name, email: guardian.email, phone: null }
            : null,
      };
    },
  });
};
