/** Dates picked in a native date field (`YYYY-MM-DD`, the person's own calendar). */

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** Today on the person's calendar, as a date field's value. */
export function todayValue(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A date field's value as an instant for the server: today means now (so it is never in
 * the future), an earlier day means noon of that day; null for an empty field.
 */
export function dateValueToIso(value: string, now = new Date()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  if (value === todayValue(now)) return now.toISOString();
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0).toISOString();
}

/** An instant as a date field's value on the person's calendar. */
export function isoToDateValue(iso: string): string {
  return todayValue(new Date(iso));
}
