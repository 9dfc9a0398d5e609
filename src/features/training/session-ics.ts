/**
 * A training session as an iCalendar file (RFC 5545) to attach to mails or download.
 *
 * Written by hand rather than with the `ics` package, which folds lines every 75
 * *characters* (so a line of Danish text runs past the 75-octet limit), writes quotes in
 * parameter values as `\"` (not valid iCalendar), emits an ORGANIZER with no address when
 * there is no e-mail, and stamps DTSTAMP with the clock. The format is small enough that
 * getting each of those right here is simpler than working around them.
 */

export interface TrainingSessionIcsInput {
  /** Stable per session, so an update or cancellation replaces the same calendar entry. */
  uid: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  organiserName: string;
  organiserEmail?: string;
  url?: string;
  cancelled?: boolean;
  /** Raise on every change (a cancellation included); calendars ignore a lower or equal one. */
  sequence?: number;
  /** When this version of the file was made (DTSTAMP); defaults to now. */
  stampedAt?: Date;
}

const productId = '-//Mentorpath//Training//DA';

export function trainingSessionIcs(input: TrainingSessionIcsInput): string {
  const sequence = input.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new RangeError('sequence must be a whole number, 0 or more');
  }
  const startsAt = utc(input.startsAt, 'startsAt');
  const endsAt = utc(input.endsAt, 'endsAt');
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    throw new RangeError('endsAt must be after startsAt');
  }
  const uid = text(input.uid);
  if (!uid) throw new RangeError('uid must not be empty');
  const cancelled = input.cancelled === true;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utc(input.stampedAt ?? new Date(), 'stampedAt')}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${startsAt}`,
    `DTEND:${endsAt}`,
    `SUMMARY:${text(input.title)}`,
  ];
  // Optional fields are left out when nothing but white space would be written.
  if (plain(input.description).trim()) lines.push(`DESCRIPTION:${text(input.description)}`);
  if (plain(input.location).trim()) lines.push(`LOCATION:${text(input.location)}`);
  if (input.url !== undefined) lines.push(`URL:${httpUrl(input.url)}`);
  // ORGANIZER's value must be an address; with no e-mail there is nothing valid to write, and
  // an empty or made-up one would have replies go nowhere.
  if (input.organiserEmail !== undefined) {
    lines.push(`ORGANIZER;CN=${paramValue(input.organiserName)}:${mailto(input.organiserEmail)}`);
  }
  lines.push(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  // No reminder for a session that is not happening: calendars that keep a cancelled entry
  // (struck through) would still ring the day before.
  if (!cancelled) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(input.title) || 'Reminder'}`,
      'TRIGGER:-P1D',
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** DATE-TIME in UTC form, `20250304T170000Z`; whole seconds, as iCalendar has no fractions. */
function utc(date: Date, field: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${field} is not a valid date`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, any line break
 * written as `\n`.
 */
function text(value: string): string {
  return plain(value).replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A parameter value, always quoted. A quoted parameter cannot hold a double quote or a line
 * break at all; RFC 6868 writes them as ^' and ^n (and ^ itself as ^^).
 */
function paramValue(value: string): string {
  const caret: Record<string, string> = { '^': '^^', '"': "^'", '\n': '^n' };
  return `"${plain(value).replace(/[\^"\n]/g, (char) => caret[char] ?? char)}"`;
}

/**
 * What iCalendar can carry of a string: line breaks become LF; other control characters are
 * not allowed in a content line, so they are dropped (tab excepted); unpaired surrogates
 * cannot be encoded as UTF-8, so they become U+FFFD.
 */
function plain(value: string): string {
  return value
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '');
}

function mailto(email: string): string {
  // Deliberately narrow: one address, nothing that could end the line or the value.
  if (!/^[^\s@:;,"<>\\]+@[^\s@:;,"<>\\]+$/.test(email)) {
    throw new RangeError('organiserEmail is not an e-mail address');
  }
  return `mailto:${email}`;
}

function httpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError('url is not a valid URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RangeError('url must be http or https');
  }
  // `href` is percent-encoded, so it has no spaces or control characters left to escape.
  return parsed.href;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space, which counts toward their 75. Counts UTF-8 bytes, since æ, ø
 * and å take two each, and breaks only between code points so no character is split.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
