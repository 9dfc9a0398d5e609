import { and, count, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  markReadResponseSchema,
  markReadSchema,
  type Notification,
  notificationPageSchema,
  notificationPreferencesResponse,
  notificationPreferencesSchema,
  notificationQuerySchema,
} from '../../contracts/notifications';
import { type NotificationKind, notificationKinds } from '../../contracts/relationships';
import type { Locale } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import type { RouteOptions } from '../../server/deps';
import { translate } from '../../server/i18n/translate';
import { orgAccess, personAccess, personOf, scopeOf, userIdOf } from '../../server/lib/access';
import { AppError } from '../../server/lib/app-error';
import { notificationPreferences, notifications } from './tables';

const tags = ['notifications'];
const orgParams = z.object({ orgId: z.string().min(1).max(200) });

type Row = typeof notifications.$inferSelect;

/** A notification in the reader's language, written from its stored parameters. */
export function presentNotification(row: Row, locale: Locale): Notification {
  const key = `support.notifications.${row.kind}`;
  return {
    id: row.id,
    kind: row.kind,
    title: translate(locale, `${key}.title`, row.params),
    body: translate(locale, `${key}.body`, row.params),
    link: row.link,
    readAt: row.readAt ? row.readAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function unreadCountOf(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.organisationId, organisationId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return row?.n ?? 0;
}

async function emailOffOf(db: DbOrTx, userId: string): Promise<NotificationKind[]> {
  const [pref] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const off = new Set(pref?.emailOff ?? []);
  return notificationKinds.filter((kind) => off.has(kind));
}

/** Notifications in the app and each person's e-mail choices (issue 6). */
export const notificationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { deps }) => {
  const { db, now } = deps;

  /** The signed-in person on an organisation route (API tokens have no notifications). */
  function ownerOf(request: Parameters<typeof scopeOf>[0]) {
    const scope = scopeOf(request);
    const userId = userIdOf(scope.actor);
    if (!userId) throw new AppError('forbidden');
    return { organisationId: scope.organisationId, userId };
  }

  app.get('/api/v1/organisations/:orgId/notifications', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Your notifications in this organisation, newest first',
      description:
        'Only the caller’s own. Title and body are written in the caller’s language. ' +
        '`unread=true` lists only unread ones; `unreadCount` counts all unread.',
      params: orgParams,
      querystring: notificationQuerySchema,
      response: { 200: notificationPageSchema },
    },
    handler: async (request) => {
      const { organisationId, userId } = ownerOf(request);
      const q = request.query;
      const rows = await db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.organisationId, organisationId),
            eq(notifications.userId, userId),
            q.unread ? isNull(notifications.readAt) : undefined,
            q.cursor ? lt(notifications.id, q.cursor) : undefined,
          ),
        )
        .orderBy(desc(notifications.id))
        .limit(q.limit + 1);
      const items = rows.slice(0, q.limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => presentNotification(row, request.locale)),
        nextCursor: rows.length > q.limit && last ? last.id : null,
        unreadCount: await unreadCountOf(db, organisationId, userId),
      };
    },
  });

  app.post('/api/v1/organisations/:orgId/notifications/read', {
    config: { access: orgAccess('organisation', 'orgId', 'organisation.read') },
    schema: {
      tags,
      summary: 'Mark some or all of your notifications read',
      description:
        'Ids that are not the caller’s own (someone else’s, another organisation’s, unknown) ' +
        'are ignored: `marked` counts the ones that became read.',
      params: orgParams,
      body: markReadSchema,
      response: { 200: markReadResponseSchema },
    },
    handler: async (request) => {
      const { organisationId, userId } = ownerOf(request);
      const { ids, all } = request.body;
      const marked = await db
        .update(notifications)
        .set({ readAt: now() })
        .where(
          and(
            eq(notifications.organisationId, organisationId),
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            all ? undefined : inArray(notifications.id, ids ?? []),
          ),
        )
        .returning({ id: notifications.id });
      return {
        marked: marked.length,
        unreadCount: await unreadCountOf(db, organisationId, userId),
      };
    },
  });

  app.get('/api/v1/me/notification-preferences', {
    config: { access: personAccess },
    schema: {
      tags,
      summary: 'Which kinds of notification you do not want by e-mail',
      description: 'Every kind shows in the app; `emailOff` lists those that do not also mail.',
      response: { 200: notificationPreferencesResponse },
    },
    handler: async (request) => {
      const emailOff = await emailOffOf(db, personOf(request).userId);
      return { preferences: { emailOff, kinds: [...notificationKinds] } };
    },
  });

  app.put('/api/v1/me/notification-preferences', {
    config: { access: personAccess },
    schema: {
      tags,
      summary: 'Choose which kinds of notification you do not want by e-mail',
      body: notificationPreferencesSchema,
      response: { 200: notificationPreferencesResponse },
    },
    handler: async (request) => {
      const { userId } = personOf(request);
      const off = new Set(request.body.emailOff);
      const emailOff = notificationKinds.filter((kind) => off.has(kind));
      await db
        .insert(notificationPreferences)
        .values({ userId, emailOff, updatedAt: now() })
        .onConflictDoUpdate({
          target: notificationPreferences.userId,
          set: { emailOff, updatedAt: now() },
        });
      return { preferences: { emailOff, kinds: [...notificationKinds] } };
    },
  });
};
