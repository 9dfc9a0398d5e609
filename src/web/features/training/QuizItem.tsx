import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LocalText,
  type MentorItem,
  type QuizResult,
  useSubmitQuiz,
} from '../../api/training';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { notifyError } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { noticeCertificate } from './certificate-notice';
import { ItemText } from './ItemPage';
import { useLocalText } from './parts';

type Quiz = NonNullable<MentorItem['quiz']>;
type Question = Quiz['questions'][number];
type Answer = QuizResult['questions'][number] & { prompt?: LocalText };
/** What the answers explained show: a fresh result, or the last attempt read back. */
type Explained = Pick<QuizResult, 'score' | 'passed' | 'passMark' | 'attemptsLeft'> & {
  submittedAt?: string;
  questions: Answer[];
};

/** A quiz on one page; after submitting, every question is explained. */
export function QuizItem({ enrolmentId, item }: { enrolmentId: string; item: MentorItem }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const [result, setResult] = useState<QuizResult | null>(null);
  // After "Try again" the form shows, even though the last attempt is still on the server.
  const [retrying, setRetrying] = useState(false);
  const quiz = item.quiz;
  if (!quiz) return <ItemText text={local(item.body)} />;
  // A fresh result, else the last attempt explained again (after a reload or coming back).
  const shown: Explained | null = result ?? (retrying ? null : (quiz.lastAttempt ?? null));

  return (
    <Stack gap="lg">
      <ItemText text={local(item.body)} />
      <QuizSummary quiz={quiz} />
      {shown ? (
        <QuizResultView
          quiz={quiz}
          result={shown}
          earlier={result === null}
          onRetry={() => {
            setResult(null);
            setRetrying(true);
          }}
        />
      ) : item.state === 'completed' ? (
        <Alert
          color="mentorTeal"
          variant="light"
          icon={<CheckIcon />}
          title={t('training.quiz.passedBefore')}
        >
          {t('training.quiz.passedBeforeHelp')}
        </Alert>
      ) : quiz.attemptsLeft === 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<AlertIcon />}
          title={t('training.quiz.noAttempts')}
        >
          {t('training.quiz.noAttemptsHelp')}
        </Alert>
      ) : (
        <QuizForm
          enrolmentId={enrolmentId}
          itemKey={item.key}
          quiz={quiz}
          onResult={(fresh) => {
            setResult(fresh);
            setRetrying(false);
          }}
        />
      )}
    </Stack>
  );
}

function QuizSummary({ quiz }: { quiz: Quiz }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('training.quiz.rules', {
          count: quiz.questions.length,
          passMark: format.percent(quiz.passMark),
        })}{' '}
        {quiz.attemptsLeft === null
          ? t('training.quiz.unlimited')
          : t('training.quiz.attemptsLeft', { count: quiz.attemptsLeft })}
      </Text>
      {quiz.attempts.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('training.quiz.earlier')}{' '}
          {quiz.attempts
            .map(
              (a) =>
                `${format.percent(a.score)} (${a.passed ? t('training.quiz.passedShort') : t('training.quiz.failedShort')})`,
            )
            .join(', ')}
        </Text>
      )}
    </Stack>
  );
}

function QuizForm({
  enrolmentId,
  itemKey,
  quiz,
  onResult,
}: {
  enrolmentId: string;
  itemKey: string;
  quiz: Quiz;
  onResult: (result: QuizResult) => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const submit = useSubmitQuiz(enrolmentId);
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [missing, setMissing] = useState<string[]>([]);

  const choose = (questionId: string, indexes: number[]) => {
    setAnswers((current) => ({ ...current, [questionId]: indexes }));
    setMissing((current) => current.filter((id) => id !== questionId));
  };

  const send = (event: React.FormEvent) => {
    event.preventDefault();
    const unanswered = quiz.questions.filter((q) => !(answers[q.id]?.length ?? 0)).map((q) => q.id);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      requestAnimationFrame(() =>
        document.getElementById(`question-${unanswered[0]}`)?.querySelector('input')?.focus(),
      );
      return;
    }
    submit.mutate(
      {
        itemKey,
        answers: quiz.questions.map((q) => ({
          questionId: q.id,
          optionIndexes: answers[q.id] ?? [],
        })),
      },
      {
        onSuccess: ({ result }) => {
          onResult(result);
          noticeCertificate(result.certificate);
          window.scrollTo({ top: 0 });
        },
        onError: (error) => notifyError(error),
      },
    );
  };

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="md">
        {quiz.questions.map((question, n) => (
          <QuestionField
            key={question.id}
            question={question}
            number={n + 1}
            total={quiz.questions.length}
            value={answers[question.id] ?? []}
            onChange={(indexes) => choose(question.id, indexes)}
            error={missing.includes(question.id) ? t('training.quiz.answerThis') : undefined}
            pick={local}
          />
        ))}
        {missing.length > 0 && (
          <Text c="red.9" size="sm" role="alert">
            {t('training.quiz.missing', { count: missing.length })}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('training.quiz.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * One question as a mentor answers it: radio buttons for one answer, checkboxes for several.
 * `pick` chooses the language of the content (the authors' preview shows either).
 */
export function QuestionField({
  question,
  number,
  total,
  value,
  onChange,
  error,
  pick,
}: {
  question: Pick<Question, 'id' | 'prompt' | 'multiple' | 'options'>;
  number: number;
  total: number;
  value: number[];
  onChange: (indexes: number[]) => void;
  error?: string;
  pick: (text: LocalText) => string;
}) {
  const { t } = useTranslation();
  const label = (
    <Text fw={600} size="md" component="span">
      {t('training.quiz.questionNumber', { number, total })} {pick(question.prompt)}
    </Text>
  );
  const options = question.options.map((option, i) => ({
    value: String(i),
    label: pick(option.text),
  }));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} id={`question-${question.id}`}>
      {question.multiple ? (
        <Checkbox.Group
          label={label}
          description={t('training.quiz.chooseAll')}
          value={value.map(String)}
          onChange={(values) => onChange(values.map(Number).sort())}
          error={error}
        >
          <Stack gap="sm" mt="sm">
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Radio.Group
          label={label}
          value={value[0] !== undefined ? String(value[0]) : null}
          onChange={(chosen) => onChange([Number(chosen)])}
          error={error}
        >
          <Stack gap="sm" mt="sm">
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Paper>
  );
}

function QuizResultView({
  quiz,
  result,
  earlier,
  onRetry,
}: {
  quiz: Quiz;
  result: Explained;
  /** Read back from an earlier visit rather than just submitted. */
  earlier: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const format = useFormat();
  const canRetry = !result.passed && result.attemptsLeft !== 0;
  const retry = (
    <Button onClick={onRetry} variant={result.passed ? 'default' : 'filled'}>
      {t('training.quiz.retry')}
    </Button>
  );
  return (
    <Stack gap="md">
      <Alert
        color={result.passed ? 'mentorTeal' : 'red'}
        variant="light"
        icon={result.passed ? <CheckIcon /> : <AlertIcon />}
        title={result.passed ? t('training.quiz.passed') : t('training.quiz.failed')}
        role="status"
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {t('training.quiz.score', {
              score: format.percent(result.score),
              passMark: format.percent(result.passMark),
            })}{' '}
            {!result.passed &&
              (result.attemptsLeft === null
                ? t('training.quiz.tryAgainHelp')
                : result.attemptsLeft === 0
                  ? t('training.quiz.noAttemptsHelp')
                  : t('training.quiz.attemptsLeft', { count: result.attemptsLeft }))}
          </Text>
          {earlier && result.submittedAt && (
            <Text size="sm" c="dimmed">
              {t('authoring.lastAttempt', { date: format.when(result.submittedAt) })}
            </Text>
          )}
          {canRetry && retry}
        </Stack>
      </Alert>
      <Title order={2} fz="h3">
        {t('training.quiz.explained')}
      </Title>
      {result.questions.map((answer, n) => (
        <ExplainedQuestion
          key={answer.id}
          answer={answer}
          prompt={answer.prompt ?? quiz.questions.find((q) => q.id === answer.id)?.prompt}
          number={n + 1}
          total={result.questions.length}
          pick={local}
        />
      ))}
      {canRetry && <Group>{retry}</Group>}
    </Stack>
  );
}

/** One question after submission: every option, whether it was chosen and right, and why. */
export function ExplainedQuestion({
  answer,
  prompt,
  number,
  total,
  pick,
}: {
  answer: Pick<Answer, 'correct' | 'chosen' | 'options'>;
  prompt: LocalText | undefined;
  number: number;
  total: number;
  pick: (text: LocalText) => string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600}>
            {t('training.quiz.questionNumber', { number, total })} {prompt ? pick(prompt) : ''}
          </Text>
          <Badge
            color={answer.correct ? 'mentorTeal.8' : 'red.9'}
            variant="filled"
            tt="none"
            radius="sm"
            style={{ flexShrink: 0 }}
          >
            {answer.correct ? t('training.quiz.right') : t('training.quiz.wrong')}
          </Badge>
        </Group>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {answer.options.map((option, i) => {
            const chosen = answer.chosen.includes(i);
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: options have no ids
                key={i}
                className="quiz-option"
                data-correct={option.correct}
                data-chosen={chosen}
              >
                <Text size="sm" fw={500}>
                  {pick(option.text)}
                </Text>
                <Text
                  size="xs"
                  fw={700}
                  mt={2}
                  c={option.correct ? 'mentorTeal.9' : chosen ? 'red.9' : 'dimmed'}
                >
                  {[
                    chosen ? t('training.quiz.yourAnswer') : null,
                    option.correct ? t('training.quiz.correctOption') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ') || t('training.quiz.notCorrect')}
                </Text>
                <Text size="sm" mt={4}>
                  {pick(option.explanation)}
                </Text>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
