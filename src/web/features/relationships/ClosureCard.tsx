import {
  Button,
  Card,
  Group,
  Radio,
  Rating,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactRule, contactRules } from '../../../contracts/matches';
import { closureReasons } from '../../../contracts/relationships';
import {
  type ExitSurvey,
  useAnswerExitSurvey,
  useCloseMatch,
  useClosure,
} from '../../api/checkins';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showServerErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { useMembership } from '../organisation/OrganisationContext';

type Reason = (typeof closureReasons)[number];
type Status = 'proposed' | 'active' | 'closed' | 'declined';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * Closure on the match page: staff close an open match with a reason, the rule for contact
 * afterwards and a closing message; once closed each side reads them and answers the exit
 * survey, and staff read the answers.
 */
export function ClosureCard({ matchId, status }: { matchId: string; status: Status }) {
  const membership = useMembership();
  const manager = membership.can['matches.manage'] ?? false;
  if (status === 'closed') return <ClosedView matchId={matchId} />;
  if (manager && (status === 'active' || status === 'proposed')) {
    return <CloseForm matchId={matchId} status={status} />;
  }
  return null;
}

const closeFields = ['reason', 'contactAfterClosure', 'closingMessage'] as const;

function CloseForm({ matchId, status }: { matchId: string; status: 'active' | 'proposed' }) {
  const { t } = useTranslation();
  const close = useCloseMatch(matchId);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    initialValues: {
      reason: (status === 'proposed' ? 'other' : 'completed') as Reason,
      contactAfterClosure: 'none' as ContactRule,
      closingMessage: '',
    },
  });
  const send = () =>
    close.mutate(
      { ...form.values, closingMessage: form.values.closingMessage || undefined },
      {
        onSuccess: () => {
          setConfirming(false);
          notifySaved(t('checkins.closure.saved'));
        },
        onError: (e) => {
          setConfirming(false);
          const rest = showServerErrors(form, e, closeFields);
          if (rest) notifyError(rest);
        },
      },
    );
  return (
    <Section title={t('checkins.closure.title')}>
      <Text size="sm">
        {status === 'proposed' ? t('checkins.closure.introProposed') : t('checkins.closure.intro')}
      </Text>
      <form onSubmit={form.onSubmit(() => setConfirming(true))} noValidate>
        <Stack gap="sm">
          <Select
            label={t('checkins.closure.reason')}
            data={closureReasons.map((r) => ({ value: r, label: t(`checkins.reasons.${r}`) }))}
            allowDeselect={false}
            required
            {...form.getInputProps('reason')}
          />
          <Radio.Group
            label={t('checkins.closure.contact')}
            required
            {...form.getInputProps('contactAfterClosure')}
          >
            <Stack gap="xs" mt="xs">
              {contactRules.map((rule) => (
                <Radio
                  key={rule}
                  value={rule}
                  label={t(`checkins.contactRules.${rule}.label`)}
                  description={t(`checkins.contactRules.${rule}.help`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('checkins.closure.message')}
            description={t('checkins.closure.messageHelp')}
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('closingMessage')}
          />
          <Group>
            <Button type="submit" color="red.9">
              {t('checkins.closure.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title={t('checkins.closure.confirmTitle')}
        confirmLabel={t('checkins.closure.submit')}
        danger
        loading={close.isPending}
        onConfirm={send}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">{t('checkins.closure.confirm')}</Text>
      </ConfirmDialog>
    </Section>
  );
}

function ClosedView({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useMembership();
  const staff = membership.can['matches.read'] ?? false;
  const query = useClosure(matchId);
  const data = query.data;
  if (!data?.closure) return null;
  const { closure } = data;
  const party = data.canAnswerAs[0];
  return (
    <>
      <Section title={t('checkins.closed.title')}>
        <Text size="sm">{t('checkins.closed.on', { date: format.date(closure.closedAt) })}</Text>
        {staff && closure.reason && (
          <Text size="sm">
            {t('checkins.closed.reason', { reason: t(`checkins.reasons.${closure.reason}`) })}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t(`checkins.contactRules.${closure.contactAfterClosure}.label`)}
        </Text>
        <Text size="sm">{t(`checkins.contactRules.${closure.contactAfterClosure}.after`)}</Text>
        {closure.closingMessage && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('checkins.closed.message')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {closure.closingMessage}
            </Text>
          </Stack>
        )}
      </Section>
      {party && <SurveyForm matchId={matchId} />}
      {data.surveys.length > 0 && (
        <Section title={staff ? t('checkins.survey.answersTitle') : t('checkins.survey.mineTitle')}>
          {data.surveys.map((s) => (
            <SurveyAnswer key={s.party} survey={s} />
          ))}
        </Section>
      )}
    </>
  );
}

function SurveyAnswer({ survey }: { survey: ExitSurvey }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t('checkins.survey.answerBy', {
          party: t(`checkins.parties.${survey.party}`),
          rating: survey.rating,
        })}
      </Text>
      {survey.whatWorked && (
        <Text size="sm">{t('checkins.survey.worked', { text: survey.whatWorked })}</Text>
      )}
      {survey.whatCouldBeBetter && (
        <Text size="sm">{t('checkins.survey.better', { text: survey.whatCouldBeBetter })}</Text>
      )}
      <Text size="sm">
        {survey.wouldRecommend
          ? t('checkins.survey.recommends')
          : t('checkins.survey.notRecommends')}
      </Text>
    </Stack>
  );
}

const surveyFields = ['rating', 'whatWorked', 'whatCouldBeBetter', 'wouldRecommend'] as const;

function SurveyForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const answer = useAnswerExitSurvey(matchId);
  const form = useForm({
    initialValues: { rating: 0, whatWorked: '', whatCouldBeBetter: '', wouldRecommend: true },
  });
  const submit = form.onSubmit((values) => {
    if (values.rating < 1) {
      form.setFieldError('rating', t('checkins.survey.ratingRequired'));
      return;
    }
    answer.mutate(values, {
      onSuccess: () => notifySaved(t('checkins.survey.saved')),
      onError: (e) => {
        const rest = showServerErrors(form, e, surveyFields);
        if (rest) notifyError(rest);
      },
    });
  });
  return (
    <Section title={t('checkins.survey.title')}>
      <Text size="sm">{t('checkins.survey.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="exit-rating-label">
              {t('checkins.survey.rating')}
            </Text>
            <Rating
              aria-labelledby="exit-rating-label"
              value={form.values.rating}
              onChange={(v) => form.setFieldValue('rating', v)}
            />
            {form.errors.rating && (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.rating}
              </Text>
            )}
          </Stack>
          <Textarea
            label={t('checkins.survey.whatWorked')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('whatWorked')}
          />
          <Textarea
            label={t('checkins.survey.whatCouldBeBetter')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('whatCouldBeBetter')}
          />
          <Switch
            label={t('checkins.survey.wouldRecommend')}
            {...form.getInputProps('wouldRecommend', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={answer.isPending}>
              {t('checkins.survey.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
