import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { type ItemKind, type LocalText, useAddItem } from '../../../api/training';
import { notifyError, notifySaved } from '../../../components/notify';
import { usePhone } from '../../../components/use-phone';
import { itemKinds } from '../training-enums';
import { LocalTextFields } from './LocalTextFields';

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

/** Add an item at the end of a draft's module. Quizzes are added with their questions by import. */
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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const effectiveKey = key || keyFrom(title.en || title.da);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = {
      da: title.da.trim() ? undefined : t('common.required'),
      en: title.en.trim() ? undefined : t('common.required'),
      key: effectiveKey ? undefined : t('common.required'),
    };
    setErrors(found);
    if (found.da || found.en || found.key) return;
    add.mutate(
      { moduleId, key: effectiveKey, kind, title, body, minutes: Number(minutes) },
      {
        onSuccess: () => {
          notifySaved(t('curriculum.added'));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            setErrors({
              key: error.issues.find((i) => i.path === 'key')?.message,
              form:
                error.issues
                  .filter((i) => i.path !== 'key')
                  .map((i) => i.message)
                  .join(' ') || undefined,
            });
          } else notifyError(error);
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
              data={itemKinds
                .filter((k) => k !== 'quiz')
                .map((k) => ({ value: k, label: t(`training.kind.${k}`) }))}
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
            />
            <TextInput
              label={t('curriculum.key')}
              description={t('curriculum.keyHelp')}
              placeholder={effectiveKey}
              value={key}
              onChange={(event) => setKey(event.currentTarget.value)}
              error={errors.key ?? errors.form}
            />
          </SimpleGrid>
          <LocalTextFields
            title={title}
            body={body}
            onTitle={setTitle}
            onBody={setBody}
            errors={{ da: errors.da, en: errors.en }}
          />
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
