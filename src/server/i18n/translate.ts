import type { Locale } from '../../contracts/roles';
import da from './da.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import checkinsDa from './locales/checkins.da.json' with { type: 'json' };
import checkinsEn from './locales/checkins.en.json' with { type: 'json' };
import concernsDa from './locales/concerns.da.json' with { type: 'json' };
import concernsEn from './locales/concerns.en.json' with { type: 'json' };
import matchingDa from './locales/matching.da.json' with { type: 'json' };
import matchingEn from './locales/matching.en.json' with { type: 'json' };
import menteesDa from './locales/mentees.da.json' with { type: 'json' };
import menteesEn from './locales/mentees.en.json' with { type: 'json' };
import messagingDa from './locales/messaging.da.json' with { type: 'json' };
import messagingEn from './locales/messaging.en.json' with { type: 'json' };
import recruitmentDa from './locales/recruitment.da.json' with { type: 'json' };
import recruitmentEn from './locales/recruitment.en.json' with { type: 'json' };
import screeningDa from './locales/screening.da.json' with { type: 'json' };
import screeningEn from './locales/screening.en.json' with { type: 'json' };
import supportDa from './locales/support.da.json' with { type: 'json' };
import supportEn from './locales/support.en.json' with { type: 'json' };

/** The base file plus one file per feature area, each under its own top-level key. */
export const catalogs: Record<Locale, unknown> = {
  da: {
    ...da,
    recruitment: recruitmentDa,
    screening: screeningDa,
    mentees: menteesDa,
    matching: matchingDa,
    support: supportDa,
    checkins: checkinsDa,
    concerns: concernsDa,
    messaging: messagingDa,
  },
  en: {
    ...en,
    recruitment: recruitmentEn,
    screening: screeningEn,
    mentees: menteesEn,
    matching: matchingEn,
    support: supportEn,
    checkins: checkinsEn,
    concerns: concernsEn,
    messaging: messagingEn,
  },
};

export type TranslateParams = Record<string, string | number>;

/** Looks up a dotted key in the server's locale files; `{{name}}` takes a parameter. */
export function translate(locale: Locale, key: string, params: TranslateParams = {}): string {
  const template = lookup(catalogs[locale], key) ?? lookup(catalogs.da, key);
  if (typeof template !== 'string') return key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{{${name}}}`,
  );
}

/** A plain-text e-mail in the recipient's language: greeting, body, signature. */
export function letter(
  locale: Locale,
  name: string,
  bodyKey: string,
  params: TranslateParams,
): string {
  return [
    `${translate(locale, 'mail.greeting', { name })},`,
    translate(locale, bodyKey, params),
    translate(locale, 'mail.signature'),
  ].join('\n\n');
}

function lookup(catalog: unknown, key: string): unknown {
  let node = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Picks da or en from an Accept-Language header, honouring q-values; null when neither. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if (lang === 'da' || lang === 'en') return lang;
  }
  return null;
}
