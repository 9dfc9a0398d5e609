import { z } from 'zod';
import { permissions } from './policy';
import { locales, roles } from './roles';

export const MIN_PASSWORD_LENGTH = 10;

export const email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));
export const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales),
});
export type User = z.infer<typeof userSchema>;

const permissionFlags = z.object(
  Object.fromEntries(Object.keys(permissions).map((p) => [p, z.boolean()])) as Record<
    keyof typeof permissions,
    z.ZodBoolean
  >,
);

export const membershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  roles: z.array(z.enum(roles)),
  /** What these roles may do, so the web app hides what the server would refuse. */
  can: permissionFlags,
});

export const meSchema = z.object({ user: userSchema, memberships: z.array(membershipSchema) });
export type Me = z.infer<typeof meSchema>;

export const loginSchema = z.object({ email, password: z.string().min(1).max(200) });
export const updateMeSchema = z
  .object({ name: z.string().trim().min(1).max(120), locale: z.enum(locales) })
  .partial();
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});
export const passwordResetRequestSchema = z.object({ email });
export const setPasswordSchema = z.object({ token: z.string().min(10).max(200), password });
export const invitationSchema = z.object({
  email: z.string(),
  name: z.string(),
  /** The language the admin chose for the invitee, so the page can open in it. */
  locale: z.enum(locales),
  organisationName: z.string().nullable(),
});
