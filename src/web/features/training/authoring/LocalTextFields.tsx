import {
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../api/training';
import { Markdown } from '../Markdown';

const languages = ['da', 'en'] as const;

/** Title and Markdown text in Danish and English side by side, each with a preview. */
export function LocalTextFields({
  title,
  body,
  onTitle,
  onBody,
  errors,
  readOnly,
  withBody = true,
}: {
  title: LocalText;
  body: LocalText;
  onTitle: (value: LocalText) => void;
  onBody: (value: LocalText) => void;
  errors?: Partial<Record<'da' | 'en', string>>;
  readOnly?: boolean;
  withBody?: boolean;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Record<'da' | 'en', boolean>>({ da: false, en: false });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {languages.map((lang) => (
        <Stack key={lang} gap="sm" lang={lang}>
          <Text fw={700} size="sm">
            {t(`curriculum.language.${lang}`)}
          </Text>
          <TextInput
            label={t('curriculum.itemTitle')}
            value={title[lang]}
            onChange={(event) => onTitle({ ...title, [lang]: event.currentTarget.value })}
            error={errors?.[lang]}
            readOnly={readOnly}
            required
          />
          {withBody && (
            <>
              <SegmentedControl
                size="xs"
                aria-label={t('curriculum.viewFor', { language: t(`curriculum.language.${lang}`) })}
                value={preview[lang] ? 'preview' : 'write'}
                onChange={(value) => setPreview({ ...preview, [lang]: value === 'preview' })}
                data={[
                  { value: 'write', label: t('curriculum.write') },
                  { value: 'preview', label: t('curriculum.preview') },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
              {preview[lang] ? (
                <Paper withBorder p="md" mah={480} style={{ overflowY: 'auto' }}>
                  {body[lang].trim() ? (
                    <Markdown source={body[lang]} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('curriculum.emptyText')}
                    </Text>
                  )}
                </Paper>
              ) : (
                <Textarea
                  label={t('curriculum.body')}
                  description={t('curriculum.markdownHelp')}
                  autosize
                  minRows={8}
                  maxRows={20}
                  value={body[lang]}
                  onChange={(event) => onBody({ ...body, [lang]: event.currentTarget.value })}
                  readOnly={readOnly}
                  styles={{
                    input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
                  }}
                />
              )}
            </>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
