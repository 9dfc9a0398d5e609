import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TrainingSessionIcsInput, trainingSessionIcs } from './session-ics';

const session = (overrides: Partial<TrainingSessionIcsInput> = {}): TrainingSessionIcsInput => ({
  uid: 'session-0192f3a4@mentorpath',
  title: 'Mentortræning: første møde',
  description: 'Vi gennemgår rollen som mentor.',
  location: 'Frivilligcentret, Åboulevarden 3, Aarhus',
  startsAt: new Date('2025-03-04T17:00:00+01:00'),
  endsAt: new Date('2025-03-04T19:30:00+01:00'),
  organiserName: 'Læsehesten',
  organiserEmail: 'kontakt@laesehesten.dk',
  url: 'https://mentorpath.example/training/sessions/0192f3a4',
  sequence: 0,
  stampedAt: new Date('2025-02-01T09:15:42.123Z'),
  ...overrides,
});

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Undoes folding: a CRLF followed by one space or tab joins the next line to this one. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** Splits a content line into name, parameters and raw value. Semicolons and colons inside a
 * quoted parameter value belong to the value; the first colon outside quotes starts the value. */
function parseLine(line: string): Property {
  const segments: string[] = [];
  let quoted = false;
  let start = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === ':')) {
      segments.push(line.slice(start, i));
      start = i + 1;
      if (char === ':') break;
    }
  }
  const [name = '', ...rawParams] = segments;
  const params = Object.fromEntries(
    rawParams.map((param) => {
      const [key = '', value = ''] = param.split(/=(.*)/s);
      return [key, value.replace(/^"(.*)"$/s, '$1')];
    }),
  );
  return { name, params, value: line.slice(i + 1) };
}

/** The VEVENT's properties (not its VALARM's) and the calendar's, by name. */
function parse(ics: string) {
  const calendar = new Map<string, Property>();
  const event = new Map<string, Property>();
  const alarm = new Map<string, Property>();
  const components: string[] = [];
  for (const line of unfold(ics)) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') components.push(property.value);
    else if (property.name === 'END') expect(components.pop()).toBe(property.value);
    else {
      const inside = components.at(-1);
      const target = inside === 'VALARM' ? alarm : inside === 'VEVENT' ? event : calendar;
      expect(target.has(property.name), `${property.name} twice`).toBe(false);
      target.set(property.name, property);
    }
  }
  expect(components).toEqual([]);
  const value = (map: Map<string, Property>, name: string) => map.get(name)?.value;
  return {
    calendar: (name: string) => value(calendar, name),
    event: (name: string) => value(event, name),
    eventProperty: (name: string) => event.get(name),
    alarm: (name: string) => value(alarm, name),
    hasAlarm: alarm.size > 0,
    components: unfold(ics).filter((line) => line.startsWith('BEGIN:')),
  };
}

/** Reverses TEXT escaping. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

const utf8 = new TextEncoder();
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

describe('trainingSessionIcs', () => {
  it('is one VEVENT in a VCALENDAR with CRLF line endings', () => {
    const ics = trainingSessionIcs(session());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Every line break is a CRLF: no lone LF or CR anywhere.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parse(ics).components).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'BEGIN:VALARM']);
  });

  it('publishes a confirmed event with its fields, times in UTC', () => {
    const ics = parse(trainingSessionIcs(session()));
    expect(ics.calendar('VERSION')).toBe('2.0');
    expect(ics.calendar('PRODID')).toBe('-//Mentorpath//Training//DA');
    expect(ics.calendar('METHOD')).toBe('PUBLISH');
    expect(ics.event('UID')).toBe('session-0192f3a4@mentorpath');
    expect(ics.event('DTSTART')).toBe('20250304T160000Z');
    expect(ics.event('DTEND')).toBe('20250304T183000Z');
    expect(ics.event('DTSTAMP')).toBe('20250201T091542Z');
    expect(ics.event('SEQUENCE')).toBe('0');
    expect(ics.event('STATUS')).toBe('CONFIRMED');
    expect(unescapeText(ics.event('SUMMARY') ?? '')).toBe('Mentortræning: første møde');
    expect(unescapeText(ics.event('DESCRIPTION') ?? '')).toBe('Vi gennemgår rollen som mentor.');
    expect(unescapeText(ics.event('LOCATION') ?? '')).toBe(
      'Frivilligcentret, Åboulevarden 3, Aarhus',
    );
    expect(ics.event('URL')).toBe('https://mentorpath.example/training/sessions/0192f3a4');
    const organiser = ics.eventProperty('ORGANIZER');
    expect(organiser?.params.CN).toBe('Læsehesten');
    expect(organiser?.value).toBe('mailto:kontakt@laesehesten.dk');
  });

  it('reminds a day before', () => {
    const ics = parse(trainingSessionIcs(session()));
    expect(ics.alarm('ACTION')).toBe('DISPLAY');
    expect(ics.alarm('TRIGGER')).toBe('-P1D');
    expect(unescapeText(ics.alarm('DESCRIPTION') ?? '')).toBe('Mentortræning: første møde');
  });

  it('folds at 75 octets, counting bytes of Danish text, and unfolds to the original', () => {
    // 2 bytes a letter: folding every 75 characters would make 150-byte lines.
    const description = `${'Æbleø på Ærø, møde før frokost. '.repeat(12)}Slut 🎓 og farvel.`;
    const title = 'ø'.repeat(200);
    const ics = trainingSessionIcs(session({ description, title }));
    const lines = physicalLines(ics);
    expect(lines.length).toBeGreaterThan(unfold(ics).length);
    for (const line of lines) {
      expect(utf8.encode(line).length, line).toBeLessThanOrEqual(75);
      // No character cut in half: a split surrogate pair would leave a lone surrogate.
      expect(line).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
    }
    // The folds are packed, not merely short: a full first line of ø is 74 bytes, as a
    // 76th byte would split the next letter.
    const summary = lines.find((line) => line.startsWith('SUMMARY:')) ?? '';
    expect(utf8.encode(summary).length).toBe(74);
    const continuations = lines.filter((line) => line.startsWith(' '));
    expect(continuations.length).toBeGreaterThan(5);
    const parsed = parse(ics);
    expect(unescapeText(parsed.event('DESCRIPTION') ?? '')).toBe(description);
    expect(unescapeText(parsed.event('SUMMARY') ?? '')).toBe(title);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const title = 'Træning; del 1, om grænser \\ roller';
    const description = 'Linje et\nLinje to\r\nLinje tre; med, tegn';
    const ics = trainingSessionIcs(session({ title, description }));
    const raw = parse(ics);
    expect(raw.event('SUMMARY')).toBe('Træning\\; del 1\\, om grænser \\\\ roller');
    expect(raw.event('DESCRIPTION')).toBe('Linje et\\nLinje to\\nLinje tre\\; med\\, tegn');
    expect(unescapeText(raw.event('DESCRIPTION') ?? '')).toBe(
      'Linje et\nLinje to\nLinje tre; med, tegn',
    );
  });

  it('cannot be made to add properties through the text it is given', () => {
    const ics = trainingSessionIcs(
      session({
        title: 'Hej\r\nATTENDEE:mailto:x@example.com',
        organiserName: 'Org"\r\nX-EVIL:1;CN=y',
      }),
    );
    const parsed = parse(ics);
    expect(parsed.eventProperty('ATTENDEE')).toBeUndefined();
    expect(parsed.eventProperty('X-EVIL')).toBeUndefined();
    expect(parsed.eventProperty('ORGANIZER')?.params.CN).toBe("Org^'^nX-EVIL:1;CN=y");
    expect(() => trainingSessionIcs(session({ organiserEmail: 'a@b.dk\r\nX-EVIL:1' }))).toThrow(
      /organiserEmail/,
    );
  });

  it('cancels: METHOD CANCEL, STATUS CANCELLED, the same UID, the raised sequence, no alarm', () => {
    const ics = parse(trainingSessionIcs(session({ cancelled: true, sequence: 2 })));
    expect(ics.calendar('METHOD')).toBe('CANCEL');
    expect(ics.event('STATUS')).toBe('CANCELLED');
    expect(ics.event('UID')).toBe('session-0192f3a4@mentorpath');
    expect(ics.event('SEQUENCE')).toBe('2');
    expect(ics.hasAlarm).toBe(false);
  });

  it('leaves out what it was not given', () => {
    const ics = parse(
      trainingSessionIcs(
        session({ organiserEmail: undefined, url: undefined, description: '', location: ' ' }),
      ),
    );
    expect(ics.eventProperty('ORGANIZER')).toBeUndefined();
    expect(ics.eventProperty('URL')).toBeUndefined();
    expect(ics.eventProperty('DESCRIPTION')).toBeUndefined();
    expect(ics.event('SEQUENCE')).toBe('0');
  });

  it('refuses input it cannot write correctly', () => {
    const at = new Date('2025-03-04T16:00:00Z');
    expect(() => trainingSessionIcs(session({ startsAt: at, endsAt: at }))).toThrow(/endsAt/);
    expect(() => trainingSessionIcs(session({ startsAt: new Date('x') }))).toThrow(/startsAt/);
    expect(() => trainingSessionIcs(session({ sequence: -1 }))).toThrow(/sequence/);
    expect(() => trainingSessionIcs(session({ sequence: 1.5 }))).toThrow(/sequence/);
    expect(() => trainingSessionIcs(session({ url: 'javascript:alert(1)' }))).toThrow(/url/);
    expect(() => trainingSessionIcs(session({ url: 'not a url' }))).toThrow(/url/);
    expect(() => trainingSessionIcs(session({ uid: '' }))).toThrow(/uid/);
  });

  it('is the same text for the same input', () => {
    expect(trainingSessionIcs(session())).toBe(trainingSessionIcs(session()));
  });

  it('round-trips any text within the line limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
        const ics = trainingSessionIcs(session({ title: value, location: value }));
        for (const line of physicalLines(ics)) {
          expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
        }
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        // What iCalendar can carry: line breaks as LF, other controls but tab dropped, and
        // unpaired surrogates (not encodable as UTF-8) as U+FFFD.
        const expected = value
          .replace(
            /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
            '\ufffd',
          )
          .replace(/\r\n?/g, '\n')
          .replace(/(?![\t\n])\p{Cc}/gu, '');
        const parsed = parse(ics);
        expect(unescapeText(parsed.event('SUMMARY') ?? '')).toBe(expected);
        const location = parsed.event('LOCATION');
        if (expected.trim()) expect(unescapeText(location ?? '')).toBe(expected);
        else expect(location).toBeUndefined();
      }),
      // Once found by the property: a place that is only a line break is left out.
      { examples: [['\n'], ['\r\n\t'], ['\u0001']] },
    );
  });
});
