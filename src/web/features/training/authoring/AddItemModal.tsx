import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { type ItemKind, type LocalText, useAddItem } from '../../../api/training';
import { AlertIcon } from '../../../components/icons';
import { notifyError, notifySaved } from '../../../components/notify';
import { usePhone } from '../../../components/use-phone';
import { itemKinds } from '../training-enums';
import {
  type FieldErrors,
  focusFirstInvalid,
  serverErrors,
  titleIssues,
  translateIssues,
} from './item-errors';
import { LocalTextFields } from './LocalTextFields';
import { QuizEditor } from './QuizEditor';
import {
  type DraftIssue,
  emptyQuizDraft,
  type QuizDraft,
  quizDraftIssues,
  quizFieldPaths,
  quizFromDraft,
} from './quiz-draft';

/** A key from a title: "Første møde" → "forste-mode". */
export function keyFrom(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Add an item at the end of a draft's module; a quiz with its questions. */
export function AddItemModal({
  versionId,
  moduleId,
  onClose,
}: {
  versionId: string;
  moduleId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const add = useAddItem(versionId);
  const [kind, setKind] = useState<ItemKind>('lesson');
  const [title, setTitle] = useState<LocalText>({ da: '', en: '' });
  const [body, setBody] = useState<LocalText>({ da: '', en: '' });
  const [minutes, setMinutes] = useState<number | string>(5);
  const [key, setKey] = useState('');
  const [quiz, setQuiz] = useState<QuizDraft>(emptyQuizDraft);
  // The form's own checks show from the first attempt to send on, and follow every edit.
  const [checked, setChecked] = useState(false);
  const [fromServer, setFromServer] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const isQuiz = kind === 'quiz';
  const effectiveKey = key || keyFrom(title.en || title.da);
  const issues: DraftIssue[] = [
    ...titleIssues(title),
    // Without a title there is no key to make from it; the title's message says enough.
    ...(effectiveKey || !(title.da.trim() || title.en.trim())
      ? []
      : [{ path: 'key', problem: 'required' } as const]),
    ...(isQuiz ? quizDraftIssues(quiz) : []),
  ];
  const errors: FieldErrors = { ...fromServer, ...(checked ? translateIssues(issues, t) : {}) };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFromServer({});
    setFormError(null);
    if (issues.length > 0) {
      focusFirstInvalid();
      return;
    }
    add.mutate(
      {
        moduleId,
        key: effectiveKey,
        kind,
        title,
        body: isQuiz ? { da: '', en: '' } : body,
        minutes: Number(minutes),
        ...(isQuiz ? { quiz: quizFromDraft(quiz) } : {}),
      },
      {
        onSuccess: () => {
          notifySaved(t('curriculum.added'));
          onClose();
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || error.issues.length === 0) {
            notifyError(error);
            return;
          }
          const fields = ['title.da', 'title.en', 'key', 'minutes'];
          const found = serverErrors(error, isQuiz ? [...fields, ...quizFieldPaths(quiz)] : fields);
          setFromServer(found.atFields);
          setFormError(found.elsewhere);
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('curriculum.addItem')} size="90rem" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NativeSelect
              label={t('curriculum.kind')}
              data={itemKinds.map((k) => ({ value: k, label: t(`training.kind.${k}`) }))}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as ItemKind)}
              data-autofocus
            />
            <NumberInput
              label={t('curriculum.itemMinutes')}
              min={0}
              max={600}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
              error={errors.minutes}
            />
            <TextInput
              label={t('curriculum.key')}
              description={t('curriculum.keyHelp')}
              placeholder={effectiveKey}
              value={key}
              onChange={(event) => setKey(event.currentTarget.value)}
              error={errors.key}
            />
          </SimpleGrid>
          <LocalTextFields
            title={title}
            body={body}
            onTitle={setTitle}
            onBody={setBody}
            errors={{ da: errors['title.da'], en: errors['title.en'] }}
            withBody={!isQuiz}
          />
          {isQuiz && <QuizEditor value={quiz} onChange={setQuiz} errors={errors} />}
          <FormProblems show={checked && issues.length > 0} other={formError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('curriculum.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Beside the buttons of a long form: that fields above need correcting, and why else not. */
export function FormProblems({ show, other }: { show: boolean; other: string | null }) {
  const { t } = useTranslation();
  if (!show && !other) return null;
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" py="xs">
      <Stack gap={2}>
        {show && <Text size="sm">{t('authoring.fixFields')}</Text>}
        {other && <Text size="sm">{other}</Text>}
      </Stack>
    </Alert>
  );
}
