import {
  Checkbox,
  Group,
  Input,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramType, ProgramTypeInfo } from '../../api/programs';
import { useFormat } from '../../i18n/format';
import { type ChildCertificateRule, childCertificateRules, meetingCadences } from './program-enums';
import type { ProgramForm } from './program-form';

interface ProgramFieldsProps {
  form: ProgramForm;
  /** The type's defaults and floor, for the hints next to each field. */
  typeInfo: ProgramTypeInfo;
  /** Given when creating: the type can be chosen (it is fixed afterwards). */
  types?: ProgramTypeInfo[];
  onTypeChange?: (type: ProgramType) => void;
  disabled?: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} fz="h4" mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/** The program's fields, with the type's floor as a hint at each field it applies to. */
export function ProgramFields({
  form,
  typeInfo,
  types,
  onTypeChange,
  disabled,
}: ProgramFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { floor, defaults } = typeInfo;
  const typeName = t(`programTypes.${typeInfo.type}`);

  const requiredOrOptional = (required: boolean) =>
    required
      ? t('programs.form.requiredForType', { type: typeName })
      : t('programs.form.optionalForType', { type: typeName });

  const childCertificateHint =
    floor.childCertificate === 'never'
      ? t('programs.form.optionalForType', { type: typeName })
      : t('programs.form.floorChildCertificate', {
          rule: t(`childCertificate.${floor.childCertificate}`),
          type: typeName,
        });

  return (
    <Stack gap="lg">
      <Section title={t('programs.form.about')}>
        <TextInput
          label={t('programs.name')}
          required
          disabled={disabled}
          {...form.getInputProps('name')}
        />
        {types ? (
          <Radio.Group
            label={t('programs.type')}
            description={t('programs.form.typeHelp')}
            value={form.values.type}
            onChange={(value) => onTypeChange?.(value as ProgramType)}
            error={form.errors.type}
            withAsterisk
          >
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" mt="xs">
              {types.map((info) => (
                <Radio.Card key={info.type} value={info.type} p="sm" disabled={disabled}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        {t(`programTypes.${info.type}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`programTypeDescriptions.${info.type}`)}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        ) : (
          <Stack gap={2}>
            <Input.Label component="div">{t('programs.type')}</Input.Label>
            <Text size="sm">
              {typeName}{' '}
              <Text span size="sm" c="dimmed">
                · {t('programs.form.typeFixed')}
              </Text>
            </Text>
          </Stack>
        )}
        <Textarea
          label={t('programs.description')}
          description={t('programs.form.descriptionHelp')}
          autosize
          minRows={3}
          maxRows={10}
          disabled={disabled}
          {...form.getInputProps('description')}
        />
      </Section>

      <Section title={t('programs.form.training')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('programs.form.trainingMinutes')}
            description={t('programs.form.floorTraining', {
              floor: format.duration(floor.trainingMinutes),
              type: typeName,
              default: format.duration(defaults.trainingMinutes),
            })}
            allowDecimal={false}
            allowNegative={false}
            step={15}
            required
            disabled={disabled}
            {...form.getInputProps('trainingMinutes')}
          />
          <NumberInput
            label={t('programs.form.trainingWindowDays')}
            description={t('programs.form.windowHelp', {
              default: format.quantity(defaults.trainingWindowDays, 'day'),
            })}
            allowDecimal={false}
            allowNegative={false}
            required
            disabled={disabled}
            {...form.getInputProps('trainingWindowDays')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('programs.form.inPerson')}
          description={requiredOrOptional(floor.inPersonSessionRequired)}
          disabled={disabled}
          {...form.getInputProps('inPersonSessionRequired', { type: 'checkbox' })}
        />
      </Section>

      <Section title={t('programs.form.safety')}>
        <NativeSelect
          label={t('programs.form.childCertificate')}
          description={childCertificateHint}
          data={childCertificateRules.map((rule: ChildCertificateRule) => ({
            value: rule,
            label: t(`childCertificate.${rule}`),
          }))}
          disabled={disabled}
          {...form.getInputProps('childCertificate')}
        />
        <Checkbox
          label={t('programs.form.nomination')}
          description={requiredOrOptional(floor.nominationRequired)}
          disabled={disabled}
          {...form.getInputProps('nominationRequired', { type: 'checkbox' })}
        />
      </Section>

      <Section title={t('programs.form.relationship')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('programs.form.cadence')}
            description={t('programs.form.defaultIs', {
              default: t(`meetingCadence.${defaults.meetingCadence}`),
            })}
            data={meetingCadences.map((cadence) => ({
              value: cadence,
              label: t(`meetingCadence.${cadence}`),
            }))}
            disabled={disabled}
            {...form.getInputProps('meetingCadence')}
          />
          <NumberInput
            label={t('programs.form.commitmentMonths')}
            description={t('programs.form.defaultIs', {
              default: format.quantity(defaults.commitmentMonths, 'month'),
            })}
            allowDecimal={false}
            allowNegative={false}
            required
            disabled={disabled}
            {...form.getInputProps('commitmentMonths')}
          />
          <NumberInput
            label={t('programs.form.ageMin')}
            description={t('programs.form.defaultIs', {
              default: format.quantity(defaults.menteeAgeMin, 'year'),
            })}
            allowDecimal={false}
            allowNegative={false}
            required
            disabled={disabled}
            {...form.getInputProps('menteeAgeMin')}
          />
          <NumberInput
            label={t('programs.form.ageMax')}
            description={t('programs.form.defaultIs', {
              default: format.quantity(defaults.menteeAgeMax, 'year'),
            })}
            allowDecimal={false}
            allowNegative={false}
            required
            disabled={disabled}
            {...form.getInputProps('menteeAgeMax')}
          />
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
