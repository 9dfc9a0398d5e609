import { Alert, Button, Checkbox, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { type Enrolment, type MentorItem, useSignCodeOfConduct } from '../../api/training';
import { CheckIcon } from '../../components/icons';
import { notifyError, notifySaved } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { noticeCertificate } from './certificate-notice';
import { ItemText } from './ItemPage';
import { useLocalText } from './parts';

const normal = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Read the code of conduct, then sign it by typing one's name and ticking the promise. */
export function CodeOfConductItem({ enrolment, item }: { enrolment: Enrolment; item: MentorItem }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const format = useFormat();
  const { data: me } = useMe();
  const sign = useSignCodeOfConduct(enrolment.id);
  const [name, setName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; agreed?: string }>({});
  const signedAt = enrolment.codeOfConductSignedAt;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = {
      name:
        normal(name) === normal(me?.user.name ?? enrolment.name)
          ? undefined
          : t('training.conduct.nameMismatch', { name: me?.user.name ?? enrolment.name }),
      agreed: agreed ? undefined : t('training.conduct.agreeRequired'),
    };
    setErrors(found);
    if (found.name || found.agreed) return;
    sign.mutate(
      { itemKey: item.key },
      {
        onSuccess: ({ certificate }) => {
          notifySaved(t('training.conduct.signed'));
          noticeCertificate(certificate);
        },
        onError: (error) => notifyError(error),
      },
    );
  };

  return (
    <Stack gap="lg">
      <ItemText text={local(item.body)} />
      {signedAt || item.state === 'completed' ? (
        <Alert
          color="mentorTeal"
          variant="light"
          icon={<CheckIcon />}
          title={t('training.conduct.signedTitle')}
        >
          {signedAt
            ? t('training.conduct.signedOn', { date: format.date(signedAt), name: enrolment.name })
            : t('training.conduct.signedTitle')}
        </Alert>
      ) : (
        <Paper
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          component="form"
          onSubmit={submit}
          noValidate
        >
          <Stack gap="md" maw={520}>
            <Title order={2} fz="h4">
              {t('training.conduct.signTitle')}
            </Title>
            <Checkbox
              label={t('training.conduct.agree')}
              checked={agreed}
              onChange={(event) => {
                setAgreed(event.currentTarget.checked);
                setErrors((e) => ({ ...e, agreed: undefined }));
              }}
              error={errors.agreed}
            />
            <TextInput
              label={t('training.conduct.name')}
              description={t('training.conduct.nameHelp')}
              autoComplete="name"
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setErrors((e) => ({ ...e, name: undefined }));
              }}
              error={errors.name}
              required
            />
            <div>
              <Button type="submit" loading={sign.isPending}>
                {t('training.conduct.sign')}
              </Button>
            </div>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
