import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db, DbOrTx } from '../../db/client';
import { newId } from '../../db/ids';
import { outboundMail } from './tables';

export interface Mail {
  to: string;
  subject: string;
  body: string;
  kind: 'invitation' | 'password_reset' | 'notification';
  organisationId: string | null;
}

export interface Mailer {
  /** Stores the mail and, with SMTP configured, sends it; never throws for a delivery failure. */
  send(mail: Mail): Promise<void>;
  /**
   * Only stores the mail, in the caller's transaction, and answers its id: a mail that must
   * be written together with other rows (a reminder) is delivered after the commit.
   */
  store(tx: DbOrTx, mail: Mail): Promise<string>;
  /** Sends a stored mail with SMTP, if configured, and marks it sent or failed; never throws. */
  deliver(id: string): Promise<void>;
  readonly delivers: boolean;
  close(): void;
}

export function createMailer(options: { db: Db; smtpUrl?: string; from: string }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const sendStored = async (id: string, mail: Pick<Mail, 'to' | 'subject' | 'body'>) => {
    if (!transport) return;
    try {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
      });
      await options.db
        .update(outboundMail)
        .set({ status: 'sent', sentAt: new Date(), error: null })
        .where(eq(outboundMail.id, id));
    } catch (error) {
      await options.db
        .update(outboundMail)
        .set({ error: (error as Error).message.slice(0, 500) })
        .where(eq(outboundMail.id, id));
    }
  };
  const mailer: Mailer = {
    delivers: transport !== null,
    async send(mail) {
      await sendStored(await mailer.store(options.db, mail), mail);
    },
    async store(tx, mail) {
      const id = newId();
      // With SMTP, a mail counts as failed until the server has taken it.
      await tx
        .insert(outboundMail)
        .values({ id, ...mail, status: transport ? 'failed' : 'stored' });
      return id;
    },
    async deliver(id) {
      if (!transport) return;
      const [mail] = await options.db.select().from(outboundMail).where(eq(outboundMail.id, id));
      if (mail) await sendStored(id, mail);
    },
    close() {
      transport?.close();
    },
  };
  return mailer;
}
