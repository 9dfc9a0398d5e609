import { Button, Checkbox, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CurriculumItem, type LocalText, useUpdateItem } from '../../../api/training';
import { notifyError, notifySaved } from '../../../components/notify';
import { usePhone } from '../../../components/use-phone';
import { useLocalText } from '../parts';
import { LocalTextFields } from './LocalTextFields';

/** Edit an item of a draft (or read one of a published version). */
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
  const titleErrors = {
    da: title.da.trim() ? undefined : t('common.required'),
    en: title.en.trim() ? undefined : t('common.required'),
  };
  const [showErrors, setShowErrors] = useState(false);

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (titleErrors.da || titleErrors.en) return;
    update.mutate(
      { itemId: item.id, title, body, minutes: Number(minutes), required },
      {
        onSuccess: () => {
          notifySaved(t('curriculum.saved', { title: local(title) }));
          onClose();
        },
        onError: (error) => notifyError(error),
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
            errors={showErrors ? titleErrors : undefined}
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
