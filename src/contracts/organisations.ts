import { z } from 'zod';
import { email } from './accounts';
import { locales, roles } from './roles';

const roleList = z
  .array(z.enum(roles))
  .min(1)
  .max(roles.length)
  .transform((list) => [...new Set(list)]);

export const memberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(roles)),
  status: z.enum(['invited', 'active']),
  createdAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const inviteMemberSchema = z.object({
  email,
  name: z.string().trim().min(1).max(120),
  roles: roleList,
  locale: z.enum(locales).optional(),
});
export const updateMemberSchema = z.object({ roles: roleList });

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  roles: z.array(z.enum(roles)),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(120),
  roles: roleList,
});

export const outboundMailSchema = z.object({
  id: z.string(),
  kind: z.enum(['invitation', 'password_reset', 'notification']),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['stored', 'sent', 'failed']),
  createdAt: z.iso.datetime(),
});

export const organisationSchema = z.object({ id: z.string(), name: z.string() });

/** Something a person can act on now, shown on their home page. */
export const homeActionSchema = z.object({
  kind: z.enum(['invitations_pending', 'programs_draft', 'outbox_waiting', 'programs_published']),
  count: z.number().int(),
});
