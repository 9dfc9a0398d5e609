import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptSuggestionsSchema,
  exclusionInputSchema,
  exclusionSchema,
  firstMeetingInputSchema,
  firstMeetingSchema,
  matchingSettingsSchema,
  type Suggestion,
  suggestionRequestSchema,
  suggestionsResponseSchema,
  type Weights,
} from '../../contracts/match-suggestions';
import { matchStatuses } from '../../contracts/matches';
import { can } from '../../contracts/policy';
import type { Locale } from '../../contracts/roles';
import { scorePair, violatedConstraint } from '../../matching/scoring';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { placeRoutes } from '../gazetteer/routes';
import type { Mail } from '../mail/mailer';
import { matchNotices } from '../notifications/match-notices';
import { addExclusion, listExclusions, removeExclusion } from './exclusions';
import { firstMeetingMails, proposalMails } from './match-mails';
import { createMatch } from './mutations';
import { findMatch, sidesOf } from './queries';
import { kilometres, reasonsFor } from './suggestion-reasons';
import { buildPool, type SuggestedPair, suggestMatches, weightedScore } from './suggestions';
import { loadCohort, programWeights, saveProgramWeights } from './suggestions-cohort';
import { matchExclusions, matches } from './tables';

const tags = ['matching'];
const id = z.string().min(1).max(64);
const programParams = z.object({ programId: id });
const matchParams = z.object({ matchId: id });

/** A suggested pair as the API gives it, its reasons in the caller's language. */
function presentPair(pair: SuggestedPair, locale: Locale): Suggestion {
  const { terms } = pair;
  return {
    mentorId: pair.mentor.entry.id,
    menteeId: pair.mentee.entry.id,
    mentorName: pair.mentor.entry.name,
    menteeName: pair.mentee.entry.name,
    score: pair.score,
    locked: pair.locked,
    reasons: reasonsOf(pair, locale),
    terms: {
      base: terms.base,
      interests: { shared: terms.interests.shared, points: terms.interests.points },
      goals: { shared: terms.goals.shared, points: terms.goals.points },
      availability: { hours: terms.availability.count, points: terms.availability.points },
      distance: { km: kilometres(terms.distance.approxMetres), points: terms.distance.points },
      language: {
        primary: terms.primaryLanguage.language,
        spokenByMentor: terms.primaryLanguage.spokenByMentor,
        points: terms.primaryLanguage.points,
      },
    },
  };
}

function reasonsOf(pair: SuggestedPair, locale: Locale) {
  return reasonsFor(locale, {
    terms: pair.terms,
    mentor: {
      profile: pair.mentor.entry.profile as NonNullable<typeof pair.mentor.entry.profile>,
      place: pair.mentor.place,
    },
    mentee: { profile: pair.mentee.entry.profile, place: pair.mentee.place },
  });
}

/**
 * Suggestions for a program's whole waiting cohort (locks, exclusions, weights), accepting
 * them as proposed matches, the coordinator's exclusions and weights, and the first meeting.
 */
export const suggestionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now, config } = deps;
  await app.register(placeRoutes, { deps });

  async function deliver(ids: string[]) {
    for (const mailId of ids) await deps.mailer.deliver(mailId);
  }

  app.post('/api/v1/programs/:programId/match-suggestions', {
    config: { access: orgAccess('program', 'programId', 'matches.manage') },
    schema: {
      tags,
      summary: 'The optimal matching of the program’s whole waiting cohort, with reasons',
      description:
        'From the waiting mentees and the mentors the gate lets mentor (SCORING.md). ' +
        '`reasons` are sentences in the caller’s language. `locks` are kept (422 ' +
        '`constraint_violated` or `mentor_at_capacity` naming the lock in `details.path` ' +
        'when one cannot hold); `excludePairs`/`excludeMentorIds`/`excludeMenteeIds` apply ' +
        'to this run, saved exclusions and declined pairs always. `weights` (0–3 per term) ' +
        'override the program’s. `leftOut` says who could not take part and why. Nothing ' +
        'is saved.',
      params: programParams,
      body: suggestionRequestSchema,
      response: { 200: suggestionsResponseSchema },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const { programId } = request.params;
      const at = now();
      const [cohort, saved] = await Promise.all([
        loadCohort(db, organisationId, programId, at),
        programWeights(db, organisationId, programId),
      ]);
      const weights: Weights = { ...saved, ...request.body.weights };
      const result = suggestMatches(cohort, { ...request.body, weights });
      return {
        suggestions: result.pairs.map((pair) => presentPair(pair, request.locale)),
        totalScore: result.totalScore,
        unmatchedMenteeIds: result.unmatchedMenteeIds,
        leftOut: result.leftOut,
        weights,
        mentorCount: result.mentorCount,
        menteeCount: result.menteeCount,
      };
    },
  });

  app.post('/api/v1/programs/:programId/match-suggestions/accept', {
    config: { access: orgAccess('program', 'programId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Propose the chosen suggested pairs as matches, all or none',
      description:
        'Each pair goes through the gate and the program’s rules as a manual match does; ' +
        'one that cannot (or an excluded pair) refuses the whole request with 422, the ' +
        'pair in `details.pair` and its position in `details.path`. The mentor and whoever ' +
        'accepts for the mentee (the guardian of a child under 15) are e-mailed.',
      params: programParams,
      body: acceptSuggestionsSchema,
      response: {
        201: z.object({
          matches: z.array(
            z.object({
              id: z.string(),
              mentorId: z.string(),
              menteeId: z.string(),
              status: z.enum(matchStatuses),
              score: z.number().int().nullable(),
            }),
          ),
        }),
      },
    },
    handler: async (request, reply) => {
      const { organisationId, actor } = scopeOf(request);
      const { programId } = request.params;
      const { pairs } = request.body;
      const at = now();
      const seen = new Set<string>();
      pairs.forEach((pair, k) => {
        if (seen.has(pair.menteeId)) {
          throw AppError.invalid([
            { path: `pairs.${k}.menteeId`, messageKey: 'matching.validation.duplicate_pair' },
          ]);
        }
        seen.add(pair.menteeId);
      });
      const [cohort, weights] = await Promise.all([
        loadCohort(db, organisationId, programId, at),
        programWeights(db, organisationId, programId),
      ]);
      const pool = buildPool(cohort, { excludeMentorIds: [], excludeMenteeIds: [] });
      const poolMentor = new Map(pool.mentors.map((m) => [m.entry.id, m]));
      const poolMentee = new Map(pool.mentees.map((m) => [m.entry.id, m]));

      const { created, mailIds } = await db.transaction(async (tx) => {
        const rows = [];
        const mails: Mail[] = [];
        for (const [k, pair] of pairs.entries()) {
          const ref = { mentorId: pair.mentorId, menteeId: pair.menteeId };
          const named = (error: AppError) =>
            new AppError(error.code, {
              ...error.options,
              details: { ...error.options.details, path: `pairs[${k}]`, pair: ref },
            });
          const [excluded] = await tx
            .select({ id: matchExclusions.id })
            .from(matchExclusions)
            .where(
              and(
                eq(matchExclusions.programId, programId),
                eq(matchExclusions.programMentorId, pair.mentorId),
                eq(matchExclusions.menteeId, pair.menteeId),
              ),
            );
          if (excluded) {
            throw named(new AppError('constraint_violated', { details: { problem: 'excluded' } }));
          }
          let suggestion =
            pair.score !== undefined && pair.reasons
              ? { score: pair.score, reasons: pair.reasons }
              : null;
          const mentor = poolMentor.get(pair.mentorId);
          const mentee = poolMentee.get(pair.menteeId);
          if (mentor && mentee) {
            const scored = scorePair(mentor.solver, mentee.solver);
            if (!scored) {
              const rule = violatedConstraint(mentor.solver, mentee.solver);
              throw named(
                new AppError('constraint_violated', { details: { problem: 'infeasible', rule } }),
              );
            }
            suggestion ??= {
              score: weightedScore(scored.terms, weights),
              reasons: reasonsOf(
                { mentor, mentee, terms: scored.terms, score: 0, locked: false },
                request.locale,
              ),
            };
          }
          try {
            const row = await createMatch(
              tx,
              organisationId,
              programId,
              ref,
              at,
              userIdOf(actor),
              suggestion,
            );
            rows.push(row);
          } catch (error) {
            if (error instanceof AppError) throw named(error);
            throw error;
          }
        }
        for (const row of rows)
          mails.push(...(await proposalMails(tx, row.id, at, config.publicUrl)));
        const ids: string[] = [];
        for (const mail of mails) ids.push(await deps.mailer.store(tx, mail));
        // In the app too; the proposal mails above are the e-mail.
        await matchNotices(
          tx,
          deps.mailer,
          organisationId,
          rows.map((r) => r.id),
          'match_proposed',
          config.publicUrl,
          at,
          { email: false },
        );
        return { created: rows, mailIds: ids };
      });
      await deliver(mailIds);
      return reply.status(201).send({
        matches: created.map((m) => ({
          id: m.id,
          mentorId: m.programMentorId,
          menteeId: m.menteeId,
          status: m.status,
          score: m.score,
        })),
      });
    },
  });

  app.get('/api/v1/programs/:programId/matching-settings', {
    config: { access: orgAccess('program', 'programId', 'matches.read') },
    schema: {
      tags,
      summary: 'The program’s matching weights (0–3 per term; 1 is SCORING.md’s score)',
      params: programParams,
      response: { 200: matchingSettingsSchema },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      return { weights: await programWeights(db, organisationId, request.params.programId) };
    },
  });

  app.put('/api/v1/programs/:programId/matching-settings', {
    config: { access: orgAccess('program', 'programId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Save the program’s matching weights',
      params: programParams,
      body: matchingSettingsSchema,
      response: { 200: matchingSettingsSchema },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      await saveProgramWeights(
        db,
        organisationId,
        request.params.programId,
        request.body.weights,
        now(),
      );
      return { weights: request.body.weights };
    },
  });

  app.get('/api/v1/programs/:programId/match-exclusions', {
    config: { access: orgAccess('program', 'programId', 'matches.read') },
    schema: {
      tags,
      summary: 'Pairs and people kept out of suggestions: the coordinator’s and declined pairs',
      params: programParams,
      response: { 200: z.object({ items: z.array(exclusionSchema) }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      return { items: await listExclusions(db, organisationId, request.params.programId) };
    },
  });

  app.post('/api/v1/programs/:programId/match-exclusions', {
    config: { access: orgAccess('program', 'programId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Keep a pair (both ids) or one person (one id) out of suggestions',
      description: '201 when new, 200 when it was already excluded.',
      params: programParams,
      body: exclusionInputSchema,
      response: { 200: z.object({ id: z.string() }), 201: z.object({ id: z.string() }) },
    },
    handler: async (request, reply) => {
      const { organisationId, actor } = scopeOf(request);
      const result = await db.transaction((tx) =>
        addExclusion(
          tx,
          organisationId,
          request.params.programId,
          request.body,
          userIdOf(actor),
          now(),
        ),
      );
      return reply.status(result.created ? 201 : 200).send({ id: result.id });
    },
  });

  app.delete('/api/v1/programs/:programId/match-exclusions', {
    config: { access: orgAccess('program', 'programId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Lift the coordinator’s exclusion of exactly this pair or person',
      description: 'A declined pair stays excluded. `removed` is 0 when there was none.',
      params: programParams,
      querystring: exclusionInputSchema,
      response: { 200: z.object({ removed: z.number().int() }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const removed = await db.transaction((tx) =>
        removeExclusion(tx, organisationId, request.params.programId, request.query),
      );
      return { removed };
    },
  });

  app.post('/api/v1/matches/:matchId/first-meeting', {
    config: { access: orgAccess('match', 'matchId', 'matches.manage') },
    schema: {
      tags,
      summary: 'Schedule (or move) the first, facilitated meeting of an active match',
      description:
        'Only once both sides have accepted (409 `conflict` otherwise). The mentor, the ' +
        'mentee and a child’s guardian are e-mailed, each in their own language.',
      params: matchParams,
      body: firstMeetingInputSchema,
      response: { 200: z.object({ firstMeeting: firstMeetingSchema }) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const at = now();
      const when = new Date(request.body.at);
      if (when.getTime() <= at.getTime()) {
        throw AppError.invalid([
          { path: 'at', messageKey: 'matching.validation.first_meeting_past' },
        ]);
      }
      const { row, mailIds } = await db.transaction(async (tx) => {
        const [match] = await tx
          .select()
          .from(matches)
          .where(
            and(eq(matches.organisationId, organisationId), eq(matches.id, request.params.matchId)),
          )
          .for('update');
        if (!match) throw new AppError('not_found');
        if (match.status !== 'active') {
          throw new AppError('conflict', { details: { status: match.status } });
        }
        const [updated] = await tx
          .update(matches)
          .set({ firstMeetingAt: when, firstMeetingPlace: request.body.place })
          .where(eq(matches.id, match.id))
          .returning();
        const mails = await firstMeetingMails(
          tx,
          match.id,
          { at: when, place: request.body.place },
          at,
          config.publicUrl,
        );
        const ids: string[] = [];
        for (const mail of mails) ids.push(await deps.mailer.store(tx, mail));
        return { row: updated ?? match, mailIds: ids };
      });
      await deliver(mailIds);
      return {
        firstMeeting: {
          at: row.firstMeetingAt?.toISOString() ?? null,
          place: row.firstMeetingPlace,
        },
      };
    },
  });

  app.get('/api/v1/matches/:matchId/first-meeting', {
    config: { access: orgAccess('match', 'matchId', 'organisation.read') },
    schema: {
      tags,
      summary: 'When and where the first meeting is: for the people in the match and staff',
      params: matchParams,
      response: { 200: z.object({ firstMeeting: firstMeetingSchema }) },
    },
    handler: async (request) => {
      const { organisationId, roles, actor } = scopeOf(request);
      const view = await findMatch(db, organisationId, request.params.matchId);
      if (!view) throw new AppError('not_found');
      if (sidesOf(view, userIdOf(actor)).length === 0 && !can(roles, 'matches.read')) {
        throw new AppError('not_found');
      }
      return {
        firstMeeting: {
          at: view.match.firstMeetingAt?.toISOString() ?? null,
          place: view.match.firstMeetingPlace,
        },
      };
    },
  });
};
