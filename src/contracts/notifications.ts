import { z } from 'zod';
import { notificationKinds } from './relationships';

/** Notifications in the app and the e-mail choices (issue 6, point 8). */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(notificationKinds),
  /** Written in the reader's language from the stored parameters. */
  title: z.string(),
  body: z.string(),
  /** Where in the app it leads, e.g. `/matches/…`. */
  link: z.string().nullable(),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  /** The caller's unread notifications in this organisation, all pages. */
  unreadCount: z.int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

/** Mark some (`ids`) or all (`all: true`) of the caller's notifications read. */
export const markReadSchema = z
  .object({
    ids: z.array(z.string().min(1).max(200)).max(200).optional(),
    all: z.boolean().optional(),
  })
  .refine((v) => v.all === true || (v.ids?.length ?? 0) > 0, {
    path: ['ids'],
    params: { i18n: 'support.validation.markRead' },
  });
export type MarkReadInput = z.infer<typeof markReadSchema>;

export const markReadResponseSchema = z.object({
  /** How many of the caller's notifications became read. */
  marked: z.int(),
  unreadCount: z.int(),
});

/** Per kind: whether it also comes by e-mail (it always shows in the app). */
export const notificationPreferencesSchema = z.object({
  emailOff: z.array(z.enum(notificationKinds)).max(notificationKinds.length),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationPreferencesResponse = z.object({
  preferences: z.object({
    emailOff: z.array(z.enum(notificationKinds)),
    /** All kinds, in the order to show them. */
    kinds: z.array(z.enum(notificationKinds)),
  }),
});
