import { and, arrayContains, eq, inArray } from 'drizzle-orm';
import type { NotificationKind } from '../../contracts/relationships';
import type { Locale } from '../../contracts/roles';
import type { DbOrTx } from '../../db/client';
import type { TranslateParams } from '../../server/i18n/translate';
import { users } from '../accounts/tables';
import type { Mailer } from '../mail/mailer';
import { notify } from '../notifications/notify';
import { memberships } from '../organisations/tables';

/** Active members of an organisation holding a role; `fallback` when no one does (admins). */
export async function membersWithRole(
  db: DbOrTx,
  organisationId: string,
  role: 'safeguarding' | 'coordinator',
) {
  const holding = async (r: string) =>
    db
      .select({ userId: memberships.userId, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          eq(memberships.status, 'active'),
          arrayContains(memberships.roles, [r]),
        ),
      );
  const found = await holding(role);
  return found.length > 0 ? found : holding('admin');
}

export async function localesOf(db: DbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, locale: users.locale })
    .from(users)
    .where(inArray(users.id, [...userIds]));
}

/**
 * Notifies people whose text needs words in their own language (a status, an urgency):
 * one `notify` per language, with the parameters written for it. Answers the mail ids.
 */
export async function notifyInTheirLanguage(
  tx: DbOrTx,
  mailer: Mailer,
  organisationId: string,
  people: readonly { userId: string; locale: Locale }[],
  kind: NotificationKind,
  params: (locale: Locale) => TranslateParams,
  link: string,
  publicUrl: string,
) {
  const byLocale = new Map<Locale, string[]>();
  for (const p of people) byLocale.set(p.locale, [...(byLocale.get(p.locale) ?? []), p.userId]);
  const mailIds: string[] = [];
  for (const [locale, ids] of byLocale) {
    mailIds.push(
      ...(await notify(
        tx,
        mailer,
        organisationId,
        ids,
        { kind, params: params(locale), link },
        publicUrl,
      )),
    );
  }
  return mailIds;
}
