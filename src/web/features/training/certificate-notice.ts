import type { Certificate } from '../../api/training';
import { notifySaved } from '../../components/notify';
import { i18n } from '../../i18n/i18n';

/** After any step that may finish the training: says so when it did. */
export function noticeCertificate(certificate: Certificate | null | undefined) {
  if (certificate) notifySaved(i18n.t('training.certificate.issued'));
}
