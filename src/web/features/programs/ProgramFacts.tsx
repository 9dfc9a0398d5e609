import { DataList } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramSettings } from '../../api/programs';
import { useFormat } from '../../i18n/format';

/** What a program asks of a mentor and offers a mentee, in plain words. */
export function ProgramFacts({ settings }: { settings: ProgramSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, string][] = [
    [
      t('programs.facts.training'),
      settings.inPersonSessionRequired
        ? t('programs.facts.trainingInPerson', {
            duration: format.duration(settings.trainingMinutes),
          })
        : format.duration(settings.trainingMinutes),
    ],
    [t('programs.facts.window'), format.quantity(settings.trainingWindowDays, 'day')],
    [t('programs.facts.childCertificate'), t(`childCertificate.${settings.childCertificate}`)],
    [
      t('programs.facts.nomination'),
      settings.nominationRequired ? t('programs.facts.required') : t('programs.facts.notRequired'),
    ],
    [t('programs.facts.cadence'), t(`meetingCadence.${settings.meetingCadence}`)],
    [t('programs.facts.commitment'), format.quantity(settings.commitmentMonths, 'month')],
    [t('programs.facts.ages'), format.range(settings.menteeAgeMin, settings.menteeAgeMax, 'year')],
  ];
  return (
    <DataList size="sm" orientation="horizontal" labelWidth="9.5rem" gap="xs">
      {facts.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
