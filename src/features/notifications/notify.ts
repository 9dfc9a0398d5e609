import { eq, inArray } from 'drizzle-orm';
import type { NotificationKind } from '../../contracts/relationships';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import { letter, translate } from '../../server/i18n/translate';
import { users } from '../accounts/tables';
import type { Mailer } from '../mail/mailer';
import { notificationPreferences, notifications } from '../relationships/tables';

export interface Notice {
  kind: NotificationKind;
  /** Parameters of the text `support.notifications.<kind>.{title,mail}` (server and web). */
  params: Record<string, string | number>;
  /** Where in the app it leads, e.g. `/matches/<id>`. */
  link: string | null;
}

/**
 * Tells people something, in the app and (unless they turned that kind off) by e-mail, each
 * in their own language. The notifications are written in the caller's transaction; the
 * mails are stored there too and delivered once it commits (call `deliver` with the ids).
 */
export async function notify(
  tx: DbOrTx,
  mailer: Mailer,
  organisationId: string,
  userIds: readonly string[],
  notice: Notice,
  publicUrl: string,
  /**
   * `email: false` writes only the in-app notifications (when the flow mails on its own);
   * `at` is the app's clock (the moment the notice is dated), the real time by default.
   */
  options: { email?: boolean; at?: Date } = {},
): Promise<string[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  const now = options.at ?? new Date();
  await tx.insert(notifications).values(
    ids.map((userId) => ({
      id: newId(),
      organisationId,
      userId,
      kind: notice.kind,
      params: notice.params,
      link: notice.link,
      createdAt: now,
    })),
  );
  if (options.email === false) return [];
  const [people, prefs] = await Promise.all([
    tx
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(inArray(users.id, ids)),
    tx.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, ids)),
  ]);
  const off = new Map(prefs.map((p) => [p.userId, new Set(p.emailOff)]));
  const mailIds: string[] = [];
  for (const person of people) {
    if (off.get(person.id)?.has(notice.kind)) continue;
    const link = notice.link ? `${publicUrl}${notice.link}` : publicUrl;
    mailIds.push(
      await mailer.store(tx, {
        to: person.email,
        subject: translate(
          person.locale,
          `support.notifications.${notice.kind}.title`,
          notice.params,
        ),
        body: letter(person.locale, person.name, `support.notifications.${notice.kind}.mail`, {
          ...notice.params,
          link,
        }),
        kind: 'notification',
        organisationId,
      }),
    );
  }
  return mailIds;
}

/** Delivers the mails `notify` stored, after the transaction that wrote them committed. */
export async function deliverAll(mailer: Mailer, mailIds: readonly string[]) {
  for (const id of mailIds) await mailer.deliver(id);
}

/** Whether a person wants this kind by e-mail (everyone gets it in the app). */
export async function wantsEmail(db: DbOrTx, userId: string, kind: NotificationKind) {
  const [pref] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return !pref?.emailOff.includes(kind);
}
