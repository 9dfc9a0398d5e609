import { and, desc, eq, gte, lt, lte, or } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActions } from '../../contracts/audit';
import { auditEntrySchema, auditSubjectTypes } from '../../contracts/screening';
import type { RouteOptions } from '../../server/deps';
import { orgAccess, scopeOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { pageQuerySchema, pageSchema } from '../../server/lib/pagination';
import { auditLog } from './tables';

const isoDate = z.iso.datetime({ offset: true });

/** The cursor of a page: the last entry's time and id (entries are ordered by both). */
function encodeCursor(at: Date, id: string) {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}
function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && parts.length === 2) {
      const [at, id] = parts;
      const date = typeof at === 'string' ? new Date(at) : null;
      if (date && !Number.isNaN(date.getTime()) && typeof id === 'string' && id.length <= 200) {
        return { at: date, id };
      }
    }
  } catch {
    // fall through
  }
  throw AppError.invalid([{ path: 'query.cursor', messageKey: 'validation.cursor' }]);
}

/** The audit log, for admins (issue 4). */
export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db } = deps;

  app.get('/api/v1/organisations/:orgId/audit-log', {
    config: { access: orgAccess('organisation', 'orgId', 'audit.read') },
    schema: {
      tags: ['audit'],
      summary:
        'The audit log: who saw or decided what about a child’s record or a child certificate',
      description: 'Newest first; filter by action, kind of subject, actor and time.',
      params: z.object({ orgId: z.string().min(1).max(200) }),
      querystring: pageQuerySchema.extend({
        action: z.enum(auditActions).optional(),
        subjectType: z.enum(auditSubjectTypes).optional(),
        subjectId: z.string().min(1).max(200).optional(),
        actorId: z.string().min(1).max(200).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
      }),
      response: { 200: pageSchema(auditEntrySchema) },
    },
    handler: async (request) => {
      const { organisationId } = scopeOf(request);
      const q = request.query;
      const cursor = q.cursor ? decodeCursor(q.cursor) : null;
      const rows = await db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.organisationId, organisationId),
            q.action ? eq(auditLog.action, q.action) : undefined,
            q.subjectType ? eq(auditLog.subjectType, q.subjectType) : undefined,
            q.subjectId ? eq(auditLog.subjectId, q.subjectId) : undefined,
            q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
            q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
            q.to ? lte(auditLog.at, new Date(q.to)) : undefined,
            cursor
              ? or(
                  lt(auditLog.at, cursor.at),
                  and(eq(auditLog.at, cursor.at), lt(auditLog.id, cursor.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(q.limit + 1);
      const items = rows.slice(0, q.limit);
      const last = items.at(-1);
      return {
        items: items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorName: r.actorName,
          action: r.action,
          subjectType: r.subjectType,
          subjectId: r.subjectId,
          subjectLabel: r.subjectLabel,
          details: r.details ?? null,
        })),
        nextCursor: rows.length > q.limit && last ? encodeCursor(last.at, last.id) : null,
      };
    },
  });
};
