import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../api/training';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../../../components/icons';
import { currentLocale } from '../../../i18n/i18n';
import { ExplainedQuestion, QuestionField } from '../QuizItem';
import type { FieldErrors } from './item-errors';
import {
  emptyOption,
  isRightChoice,
  MAX_ATTEMPTS,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MIN_OPTIONS,
  markCorrect,
  moveQuestion,
  newQuestion,
  type OptionDraft,
  type QuestionDraft,
  type QuizDraft,
} from './quiz-draft';

const languages = ['da', 'en'] as const;
type Language = (typeof languages)[number];

/**
 * A quiz's settings and questions, each in Danish and English side by side: the question,
 * one or several answers, the answers with the right ones marked and an explanation each.
 * Errors are keyed by the paths the server uses (`quiz.questions.0.options.1.text.en`).
 */
export function QuizEditor({
  value,
  onChange,
  errors,
  readOnly,
}: {
  value: QuizDraft;
  onChange: (next: QuizDraft) => void;
  errors: FieldErrors;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { questions } = value;
  const setQuestions = (next: QuestionDraft[]) => onChange({ ...value, questions: next });

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId}>
        {t('authoring.quiz')}
      </Title>
      <Group align="flex-start" gap="lg">
        <NumberInput
          label={t('authoring.passMark')}
          description={t('authoring.passMarkHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          suffix=" %"
          min={0}
          max={100}
          clampBehavior="none"
          value={value.passMark}
          onChange={(passMark) => onChange({ ...value, passMark })}
          error={errors['quiz.passMark']}
          readOnly={readOnly}
          required
          w={{ base: '100%', xs: 220 }}
        />
        <Stack gap={8} w={{ base: '100%', xs: 220 }}>
          <NumberInput
            label={t('authoring.attempts')}
            min={1}
            max={MAX_ATTEMPTS}
            clampBehavior="none"
            allowDecimal={false}
            value={value.unlimited ? '' : value.maxAttempts}
            onChange={(maxAttempts) => onChange({ ...value, maxAttempts })}
            disabled={value.unlimited}
            error={errors['quiz.maxAttempts']}
            readOnly={readOnly}
          />
          <Checkbox
            label={t('authoring.unlimited')}
            checked={value.unlimited}
            onChange={(event) => onChange({ ...value, unlimited: event.currentTarget.checked })}
            readOnly={readOnly}
          />
        </Stack>
      </Group>

      <Title order={4} fz="h5">
        {t('authoring.questions', { count: questions.length })}
      </Title>
      {errors['quiz.questions'] && (
        <Text size="sm" c="red.9">
          {errors['quiz.questions']}
        </Text>
      )}
      {questions.map((question, index) => (
        <QuestionEditor
          key={question.id}
          question={question}
          index={index}
          count={questions.length}
          errors={errors}
          readOnly={readOnly}
          onChange={(next) => setQuestions(questions.map((q, i) => (i === index ? next : q)))}
          onMove={(direction) => setQuestions(moveQuestion(questions, index, direction))}
          onRemove={() => setQuestions(questions.filter((_, i) => i !== index))}
        />
      ))}
      {!readOnly && (
        <Group>
          <Button
            variant="default"
            leftSection={<PlusIcon />}
            onClick={() => setQuestions([...questions, newQuestion(questions)])}
            disabled={questions.length >= MAX_QUESTIONS}
          >
            {t('authoring.addQuestion')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function QuestionEditor({
  question,
  index,
  count,
  errors,
  readOnly,
  onChange,
  onMove,
  onRemove,
}: {
  question: QuestionDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  readOnly?: boolean;
  onChange: (next: QuestionDraft) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const optionsId = useId();
  const [preview, setPreview] = useState(false);
  const number = index + 1;
  const at = `quiz.questions.${index}`;
  const hasErrors = Object.entries(errors).some(
    ([path, message]) => message && path.startsWith(`${at}.`),
  );
  // A problem to correct brings the fields back, so the message is seen at its field.
  useEffect(() => {
    if (hasErrors) setPreview(false);
  }, [hasErrors]);
  const optionsError = errors[`${at}.options`];
  const setOption = (i: number, option: OptionDraft) =>
    onChange({ ...question, options: question.options.map((o, j) => (j === i ? option : o)) });

  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} role="group" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={700} id={headingId}>
            {t('authoring.question', { number })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('authoring.viewQuestion', { number })}
              value={preview ? 'preview' : 'write'}
              onChange={(view) => setPreview(view === 'preview')}
              data={[
                { value: 'write', label: t('curriculum.write') },
                { value: 'preview', label: t('curriculum.preview') },
              ]}
            />
            {!readOnly && (
              <>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('authoring.moveQuestionUp', { number })}
                  disabled={index === 0}
                  onClick={() => onMove(-1)}
                >
                  <ArrowUpIcon />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('authoring.moveQuestionDown', { number })}
                  disabled={index === count - 1}
                  onClick={() => onMove(1)}
                >
                  <ArrowDownIcon />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  aria-label={t('authoring.removeQuestion', { number })}
                  disabled={count <= 1}
                  onClick={onRemove}
                >
                  <TrashIcon />
                </ActionIcon>
              </>
            )}
          </Group>
        </Group>

        {preview ? (
          <QuestionPreview question={question} number={number} total={count} />
        ) : (
          <>
            <Radio.Group
              label={t('authoring.answerMode')}
              value={question.multiple ? 'multiple' : 'single'}
              onChange={(mode) => onChange({ ...question, multiple: mode === 'multiple' })}
              readOnly={readOnly}
            >
              <Group gap="lg" mt={6}>
                <Radio value="single" label={t('authoring.single')} readOnly={readOnly} />
                <Radio value="multiple" label={t('authoring.multiple')} readOnly={readOnly} />
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
              {languages.map((lang) => (
                <Textarea
                  key={lang}
                  lang={lang}
                  label={t(`authoring.prompt.${lang}`)}
                  autosize
                  minRows={2}
                  maxRows={8}
                  value={question.prompt[lang]}
                  onChange={(event) =>
                    onChange({
                      ...question,
                      prompt: { ...question.prompt, [lang]: event.currentTarget.value },
                    })
                  }
                  error={errors[`${at}.prompt.${lang}`]}
                  readOnly={readOnly}
                  required
                />
              ))}
            </SimpleGrid>
            <Stack gap="xs" role="group" aria-labelledby={`${optionsId}-label`}>
              <div>
                <Text fw={600} size="sm" id={`${optionsId}-label`}>
                  {t('authoring.options')}
                </Text>
                <Text size="xs" c="dimmed" id={`${optionsId}-help`}>
                  {t('authoring.optionsHelp', { min: MIN_OPTIONS, max: MAX_OPTIONS })}
                </Text>
                {optionsError && (
                  <Text size="sm" c="red.9" fw={500} mt={4} id={`${optionsId}-error`}>
                    {optionsError}
                  </Text>
                )}
              </div>
              <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
                {question.options.map((option, i) => (
                  <OptionEditor
                    // biome-ignore lint/suspicious/noArrayIndexKey: options have no ids; every field is controlled
                    key={i}
                    question={question}
                    questionNumber={number}
                    option={option}
                    index={i}
                    at={`${at}.options.${i}`}
                    errors={errors}
                    correctError={optionsError ? `${optionsId}-error` : undefined}
                    readOnly={readOnly}
                    onChange={(next) => setOption(i, next)}
                    onCorrect={(correct) => onChange(markCorrect(question, i, correct))}
                    onRemove={() =>
                      onChange({
                        ...question,
                        options: question.options.filter((_, j) => j !== i),
                      })
                    }
                  />
                ))}
              </Stack>
              {!readOnly && (
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<PlusIcon size={14} />}
                    onClick={() =>
                      onChange({ ...question, options: [...question.options, emptyOption()] })
                    }
                    disabled={question.options.length >= MAX_OPTIONS}
                  >
                    {t('authoring.addOption')}
                  </Button>
                </Group>
              )}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function OptionEditor({
  question,
  questionNumber,
  option,
  index,
  at,
  errors,
  correctError,
  readOnly,
  onChange,
  onCorrect,
  onRemove,
}: {
  question: QuestionDraft;
  questionNumber: number;
  option: OptionDraft;
  index: number;
  at: string;
  errors: FieldErrors;
  /** The id of the message that no (or too many) right answers are marked. */
  correctError?: string;
  readOnly?: boolean;
  onChange: (next: OptionDraft) => void;
  onCorrect: (correct: boolean) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const number = index + 1;
  const correctProps = {
    label: t('authoring.correct'),
    checked: option.correct,
    readOnly,
    error: Boolean(correctError),
    'aria-invalid': correctError ? true : undefined,
    'aria-describedby': correctError,
  };
  const setText = (part: 'text' | 'explanation', lang: Language, text: string) =>
    onChange({ ...option, [part]: { ...option[part], [lang]: text } });

  return (
    <li>
      <Paper
        bg="gray.0"
        p={{ base: 'xs', sm: 'sm' }}
        radius="sm"
        role="group"
        aria-labelledby={headingId}
        style={{
          borderLeft: `4px solid var(--mantine-color-${option.correct ? 'mentorTeal-6' : 'gray-3'})`,
        }}
      >
        <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
          <Group gap="md" miw={0}>
            <Text fw={600} size="sm" id={headingId}>
              {t('authoring.option', { number })}
            </Text>
            {question.multiple ? (
              <Checkbox
                {...correctProps}
                onChange={(event) => onCorrect(event.currentTarget.checked)}
              />
            ) : (
              <Radio
                {...correctProps}
                name={`correct-${question.id}`}
                value={String(index)}
                onChange={(event) => onCorrect(event.currentTarget.checked)}
              />
            )}
          </Group>
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('authoring.removeOption', { number, question: questionNumber })}
              disabled={question.options.length <= MIN_OPTIONS}
              onClick={onRemove}
            >
              <TrashIcon />
            </ActionIcon>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="xs">
          {languages.map((lang) => (
            <Stack key={lang} gap="xs">
              <Textarea
                lang={lang}
                label={t(`authoring.optionText.${lang}`)}
                autosize
                minRows={1}
                maxRows={4}
                value={option.text[lang]}
                onChange={(event) => setText('text', lang, event.currentTarget.value)}
                error={errors[`${at}.text.${lang}`]}
                readOnly={readOnly}
                required
              />
              <Textarea
                lang={lang}
                label={t(`authoring.explanation.${lang}`)}
                autosize
                minRows={2}
                maxRows={6}
                value={option.explanation[lang]}
                onChange={(event) => setText('explanation', lang, event.currentTarget.value)}
                error={errors[`${at}.explanation.${lang}`]}
                readOnly={readOnly}
                required
              />
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
    </li>
  );
}

/** The question as a mentor meets it, in either language; a choice shows its explanation. */
function QuestionPreview({
  question,
  number,
  total,
}: {
  question: QuestionDraft;
  number: number;
  total: number;
}) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>(currentLocale());
  const [chosen, setChosen] = useState<number[]>([]);
  const pick = (text: LocalText) => text[lang].trim() || t('curriculum.emptyText');
  // Choices past a removed option, or several after switching to one answer, no longer fit.
  const valid = chosen.filter((i) => i < question.options.length);
  const shown = question.multiple ? valid : valid.slice(0, 1);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 16rem' }}>
          {t('authoring.previewHelp')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('authoring.previewLanguage', { number })}
          value={lang}
          onChange={(value) => setLang(value as Language)}
          data={languages.map((l) => ({ value: l, label: t(`curriculum.language.${l}`) }))}
        />
      </Group>
      <div lang={lang}>
        <QuestionField
          question={{ ...question, id: `preview-${question.id}` }}
          number={number}
          total={total}
          value={shown}
          onChange={setChosen}
          pick={pick}
        />
      </div>
      {shown.length > 0 && (
        <>
          <Text fw={600} size="sm">
            {t('authoring.previewAfter')}
          </Text>
          <div lang={lang}>
            <ExplainedQuestion
              answer={{
                correct: isRightChoice(question, shown),
                chosen: shown,
                options: question.options,
              }}
              prompt={question.prompt}
              number={number}
              total={total}
              pick={pick}
            />
          </div>
        </>
      )}
    </Stack>
  );
}
