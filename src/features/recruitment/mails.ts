import type { Locale } from '../../contracts/roles';
import { letter, translate } from '../../server/i18n/translate';
import { INVITATION_DAYS } from '../accounts/mutations';

/** Who a recruitment mail goes to, in their language. */
export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

export interface MailText {
  subject: string;
  body: string;
}

type Params = Record<string, string | number>;

function compose(to: Recipient, key: string, params: Params): MailText {
  return {
    subject: translate(to.locale, `recruitment.mail.${key}.subject`, params),
    body: letter(to.locale, to.name, `recruitment.mail.${key}.body`, params),
  };
}

const invitationLink = (base: string, secret: string) =>
  `${base}/invitation?token=${encodeURIComponent(secret)}`;

/** Thanks for applying; a link to choose a password, or to sign in for someone with one. */
export function applicationReceivedMail(
  to: Recipient,
  context: { program: string; organisation: string; base: string; secret: string | null },
): MailText {
  const { secret, base, ...params } = context;
  return secret
    ? compose(to, 'applied', {
        ...params,
        link: invitationLink(base, secret),
        days: INVITATION_DAYS,
      })
    : compose(to, 'appliedExisting', { ...params, link: `${base}/applications` });
}

/** HR has nominated the employee: accept or decline, after choosing a password if new. */
export function nominationMail(
  to: Recipient,
  context: {
    program: string;
    organisation: string;
    nominator: string;
    base: string;
    secret: string | null;
  },
): MailText {
  const { secret, base, ...params } = context;
  return secret
    ? compose(to, 'nominatedInvited', {
        ...params,
        link: invitationLink(base, secret),
        days: INVITATION_DAYS,
      })
    : compose(to, 'nominated', { ...params, link: `${base}/applications` });
}

/** A kind no, with the coordinator's reason. */
export function rejectionMail(
  to: Recipient,
  context: { program: string; organisation: string; reason: string },
): MailText {
  return compose(to, 'rejected', context);
}

/** The coordinator's decision on an accepted nomination. */
export function nominationDecidedMail(
  to: Recipient,
  approved: boolean,
  context: { program: string; organisation: string; base: string },
): MailText {
  const { base, ...params } = context;
  return approved
    ? compose(to, 'nominationApproved', { ...params, link: `${base}/applications` })
    : compose(to, 'nominationRejected', params);
}

/** A message from the coordinator to people in the pipeline. */
export function pipelineMessageMail(
  to: Recipient,
  context: { subject: string; message: string; program: string; organisation: string },
): MailText {
  return {
    subject: context.subject,
    body: letter(to.locale, to.name, 'recruitment.mail.message.body', {
      message: context.message,
      program: context.program,
      organisation: context.organisation,
    }),
  };
}
