import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Dates, numbers and durations in the UI's language, always through Intl. */
export function formatterFor(lng: string) {
  const date = new Intl.DateTimeFormat(lng, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(lng);
  const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 });
  const time = new Intl.DateTimeFormat(lng, { timeStyle: 'short' });
  const longDateTime = new Intl.DateTimeFormat(lng, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  const units = new Map<Unit, Intl.NumberFormat>();
  const unitFormat = (unit: Unit) => {
    let format = units.get(unit);
    if (!format) {
      format = new Intl.NumberFormat(lng, {
        style: 'unit',
        unit,
        unitDisplay: 'long',
        maximumFractionDigits: 2,
      });
      units.set(unit, format);
    }
    return format;
  };
  return {
    date: (iso: string) => date.format(new Date(iso)),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    number: (value: number) => number.format(value),
    /** A share from 0 to 1 as a percentage. */
    percent: (share: number) => percent.format(share),
    time: (iso: string) => time.format(new Date(iso)),
    /** When something happens, with the weekday: "torsdag 3. december 17.00". */
    when: (iso: string) => longDateTime.format(new Date(iso)),
    quantity: (value: number, unit: Unit) => unitFormat(unit).format(value),
    range: (from: number, to: number, unit: Unit) => unitFormat(unit).formatRange(from, to),
    /** Training time as people say it: minutes under an hour, hours from there. */
    duration: (minutes: number) =>
      minutes < 60 ? unitFormat('minute').format(minutes) : unitFormat('hour').format(minutes / 60),
  };
}

export type Formatter = ReturnType<typeof formatterFor>;

export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return useMemo(() => formatterFor(i18n.language), [i18n.language]);
}
