import type { Locale } from '../../contracts/roles';
import { trainingSessionIcs } from '../training/session-ics';

/** The calendar texts, in the caller's language (kept here: two short strings). */
const texts: Record<Locale, { title: string; description: string }> = {
  da: {
    title: 'Mentormøde: {{mentor}} og {{mentee}}',
    description: 'Møde i {{program}}. Se aftalen og mødeloggen i Mentorpath.',
  },
  en: {
    title: 'Mentoring meeting: {{mentor}} and {{mentee}}',
    description: 'Meeting in {{program}}. See the agreement and the meeting log in Mentorpath.',
  },
};

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');

export interface NextMeetingIcsInput {
  uid: string;
  locale: Locale;
  mentorName: string;
  menteeName: string;
  programName: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  url: string;
  stampedAt: Date;
}

/** The next meeting of a match as an iCalendar file, with the training session's writer. */
export function nextMeetingIcs(input: NextMeetingIcsInput): string {
  const t = texts[input.locale];
  const params = {
    mentor: input.mentorName,
    mentee: input.menteeName,
    program: input.programName,
  };
  return trainingSessionIcs({
    uid: input.uid,
    title: fill(t.title, params),
    description: fill(t.description, params),
    location: input.place,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    organiserName: 'Mentorpath',
    url: input.url,
    stampedAt: input.stampedAt,
  });
}
