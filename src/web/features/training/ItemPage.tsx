import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Enrolment, type MentorItem, useEnrolment, useTrainingItem } from '../../api/training';
import { ArrowRightIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { CodeOfConductItem } from './CodeOfConductItem';
import { LessonItem } from './LessonItem';
import { Markdown } from './Markdown';
import { ItemMeta, itemPath } from './MyTrainingPage';
import { ItemStateBadge, useLocalText } from './parts';
import { QuizItem } from './QuizItem';
import { ReflectionItem } from './ReflectionItem';
import { SessionsItem } from './SessionsItem';

/** One item of the curriculum, with the way back to "My training" and on to the next. */
export function ItemPage() {
  const { t } = useTranslation();
  const local = useLocalText();
  const { enrolmentId = '', itemKey = '' } = useParams();
  const enrolment = useEnrolment(enrolmentId);
  const item = useTrainingItem(enrolmentId, itemKey);

  if (enrolment.isPending || item.isPending) {
    return (
      <>
        <PageHeader title={t('training.item.loading')} />
        <PageLoader />
      </>
    );
  }
  if (enrolment.isError || item.isError) {
    return (
      <>
        <PageHeader title={t('training.mine.title')} />
        <QueryError
          error={enrolment.error ?? item.error}
          onRetry={() => {
            void enrolment.refetch();
            void item.refetch();
          }}
        />
      </>
    );
  }
  const data = item.data;
  return (
    <>
      <Anchor component={Link} to="/training" size="sm" mb="xs" display="inline-block">
        ← {t('training.backTo', { program: enrolment.data.programName })}
      </Anchor>
      <PageHeader
        title={local(data.title)}
        description={
          <Group gap="xs" component="span">
            <ItemStateBadge state={data.state} />
            <ItemMeta kind={data.kind} minutes={data.minutes} required={data.required} />
          </Group>
        }
      />
      <Stack gap="lg">
        <ItemBody key={`${enrolmentId}-${itemKey}`} enrolment={enrolment.data} item={data} />
        <PrevNext enrolment={enrolment.data} itemKey={itemKey} />
      </Stack>
    </>
  );
}

function ItemBody({ enrolment, item }: { enrolment: Enrolment; item: MentorItem }) {
  const local = useLocalText();
  switch (item.kind) {
    case 'lesson':
      return <LessonItem enrolmentId={enrolment.id} item={item} />;
    case 'quiz':
      return <QuizItem enrolmentId={enrolment.id} item={item} />;
    case 'code_of_conduct':
      return <CodeOfConductItem enrolment={enrolment} item={item} />;
    case 'reflection':
      return <ReflectionItem enrolmentId={enrolment.id} item={item} />;
    case 'in_person':
      return <SessionsItem enrolmentId={enrolment.id} item={item} />;
    default:
      return <ItemText text={local(item.body)} />;
  }
}

/** An item's text, in a readable column. */
export function ItemText({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
      <div style={{ maxWidth: '42rem' }}>
        <Markdown source={text} />
      </div>
    </Paper>
  );
}

function PrevNext({ enrolment, itemKey }: { enrolment: Enrolment; itemKey: string }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const all = enrolment.modules.flatMap((m) => m.items);
  const at = all.findIndex((i) => i.key === itemKey);
  const previous = at > 0 ? all[at - 1] : undefined;
  const next = at >= 0 ? all[at + 1] : undefined;
  return (
    <nav aria-label={t('training.item.curriculumNav')}>
      <Group justify="space-between" gap="sm" wrap="wrap" align="stretch">
        {previous ? (
          <Button
            component={Link}
            to={itemPath(enrolment.id, previous.key)}
            variant="default"
            h="auto"
            py="xs"
            style={{ flex: '1 1 14rem', maxWidth: '24rem' }}
            styles={{ inner: { justifyContent: 'flex-start' }, label: { whiteSpace: 'normal' } }}
          >
            <Stack gap={0} align="flex-start">
              <Text size="xs" c="dimmed">
                ← {t('training.item.previous')}
              </Text>
              <Text size="sm" fw={500} ta="left">
                {local(previous.title)}
              </Text>
            </Stack>
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button
            component={Link}
            to={itemPath(enrolment.id, next.key)}
            variant="light"
            h="auto"
            py="xs"
            style={{ flex: '1 1 14rem', maxWidth: '24rem' }}
            styles={{ inner: { justifyContent: 'flex-end' }, label: { whiteSpace: 'normal' } }}
            rightSection={<ArrowRightIcon />}
          >
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('training.item.next')}
              </Text>
              <Text size="sm" fw={500} ta="right">
                {local(next.title)}
              </Text>
            </Stack>
          </Button>
        ) : (
          <Button component={Link} to="/training" variant="light">
            {t('training.item.backToOverview')}
          </Button>
        )}
      </Group>
    </nav>
  );
}
