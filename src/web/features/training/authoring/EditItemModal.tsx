import { Button, Checkbox, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { type CurriculumItem, type LocalText, useUpdateItem } from '../../../api/training';
import { notifyError, notifySaved } from '../../../components/notify';
import { usePhone } from '../../../components/use-phone';
import { useLocalText } from '../parts';
import { FormProblems } from './AddItemModal';
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
  draftFromQuiz,
  type QuizDraft,
  quizDraftIssues,
  quizFieldPaths,
  quizFromDraft,
} from './quiz-draft';

/** Edit an item of a draft (or read one of a published version); a quiz with its questions. */
export function EditItemModal({
  item,
  readOnly,
  onClose,
}: {
  item: CurriculumItem;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const phone = usePhone();
  const update = useUpdateItem();
  const [title, setTitle] = useState<LocalText>(item.title);
  const [body, setBody] = useState<LocalText>(item.body);
  const [minutes, setMinutes] = useState<number | string>(item.minutes);
  const [required, setRequired] = useState(item.required);
  const [quiz, setQuiz] = useState<QuizDraft | null>(() =>
    item.kind === 'quiz' && item.quiz ? draftFromQuiz(item.quiz) : null,
  );
  // The form's own checks show from the first attempt to save on, and follow every edit.
  const [checked, setChecked] = useState(false);
  const [fromServer, setFromServer] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const issues: DraftIssue[] = [...titleIssues(title), ...(quiz ? quizDraftIssues(quiz) : [])];
  const errors: FieldErrors = { ...fromServer, ...(checked ? translateIssues(issues, t) : {}) };

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFromServer({});
    setFormError(null);
    if (issues.length > 0) {
      focusFirstInvalid();
      return;
    }
    update.mutate(
      {
        itemId: item.id,
        title,
        body,
        minutes: Number(minutes),
        required,
        ...(quiz ? { quiz: quizFromDraft(quiz) } : {}),
      },
      {
        onSuccess: () => {
          notifySaved(t('curriculum.saved', { title: local(title) }));
          onClose();
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || error.issues.length === 0) {
            notifyError(error);
            return;
          }
          const fields = ['title.da', 'title.en', 'minutes'];
          const found = serverErrors(error, quiz ? [...fields, ...quizFieldPaths(quiz)] : fields);
          setFromServer(found.atFields);
          setFormError(found.elsewhere);
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={local(item.title)} size="90rem" fullScreen={phone}>
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <LocalTextFields
            title={title}
            body={body}
            onTitle={setTitle}
            onBody={setBody}
            errors={{ da: errors['title.da'], en: errors['title.en'] }}
            readOnly={readOnly}
            withBody={item.kind !== 'quiz'}
          />
          <Group gap="lg" align="flex-end">
            <NumberInput
              label={t('curriculum.itemMinutes')}
              min={0}
              max={600}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
              error={errors.minutes}
              readOnly={readOnly}
              w={160}
            />
            <Checkbox
              label={t('curriculum.required')}
              checked={required}
              onChange={(event) => setRequired(event.currentTarget.checked)}
              disabled={readOnly}
              mb={8}
            />
          </Group>
          {quiz && (
            <QuizEditor value={quiz} onChange={setQuiz} errors={errors} readOnly={readOnly} />
          )}
          <FormProblems show={checked && issues.length > 0} other={formError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {readOnly ? t('common.close') : t('common.cancel')}
            </Button>
            {!readOnly && (
              <Button type="submit" loading={update.isPending}>
                {t('common.saveChanges')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
