import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client';
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
  readonly delivers: boolean;
  close(): void;
}

export function createMailer(options: { db: Db; smtpUrl?: string; from: string }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    delivers: transport !== null,
    async send(mail) {
      const id = newId();
      await options.db
        .insert(outboundMail)
        .values({ id, ...mail, status: transport ? 'failed' : 'stored' });
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
    },
    close() {
      transport?.close();
    },
  };
}
