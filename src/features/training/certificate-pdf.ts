import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PageSizes, PDFDocument, type PDFFont, type PDFPage, type RGB, rgb } from 'pdf-lib';
import type { ProgramType } from '../../contracts/programs';
import type { Locale } from '../../contracts/roles';

export interface CertificatePdfInput {
  locale: Locale;
  mentorName: string;
  organisationName: string;
  programName: string;
  programType: ProgramType;
  curriculumVersion: number;
  issuedAt: Date;
  expiresAt: Date;
  /** The verification code printed on the certificate, e.g. `ABCD-EFGH-JKLM-NPQR`. */
  code: string;
  /** Where anyone holding the paper can check it, e.g. `https://host/verify/CODE`. */
  verifyUrl: string;
  trainingMinutes: number;
}

// ---------------------------------------------------------------------------------------------
// The template's words. Everything a reader sees is here, in both languages, so a translator
// can review the certificate as one piece of text rather than hunting through layout code.
// ---------------------------------------------------------------------------------------------

interface CertificateTexts {
  title: string;
  leadIn: string;
  /** The sentence under the name; `duration` is already phrased ("ca. 4 timer"), or null. */
  completed: (p: { program: string; version: number; duration: string | null }) => string;
  about: (amount: string) => string;
  issued: string;
  validUntil: string;
  code: string;
  verifyAt: (url: string) => string;
  subject: (p: { program: string; version: number; code: string }) => string;
}

const texts: Record<Locale, CertificateTexts> = {
  da: {
    title: 'Kursusbevis — mentortræning',
    leadIn: 'Hermed bekræftes det, at',
    completed: ({ program, version, duration }) =>
      `har gennemført den obligatoriske mentortræning i ${program} ` +
      `(version ${version} af træningsforløbet${duration ? `, ${duration}` : ''}).`,
    about: (amount) => `ca. ${amount}`,
    issued: 'Udstedt',
    validUntil: 'Gyldigt til',
    code: 'Kontrolkode',
    verifyAt: (url) => `Bekræft på ${url}`,
    subject: ({ program, version, code }) =>
      `Mentortræning i ${program}, version ${version} af træningsforløbet. Kontrolkode ${code}.`,
  },
  en: {
    title: 'Certificate — mentor training',
    leadIn: 'This certifies that',
    completed: ({ program, version, duration }) =>
      `has completed the required mentor training for ${program} ` +
      `(curriculum version ${version}${duration ? `, ${duration}` : ''}).`,
    about: (amount) => `about ${amount}`,
    issued: 'Issued',
    validUntil: 'Valid until',
    code: 'Verification code',
    verifyAt: (url) => `Verify at ${url}`,
    subject: ({ program, version, code }) =>
      `Mentor training for ${program}, curriculum version ${version}. Verification code ${code}.`,
  },
};

/** How the sentence names the program: the kind of program, then its own name. */
const programPhrases: Record<Locale, Record<ProgramType, (name: string) => string>> = {
  da: {
    school: (name) => `lektiehjælpsprogrammet ${name}`,
    leisure: (name) => `fritidsmentorprogrammet ${name}`,
    career: (name) => `karrierementorprogrammet ${name}`,
    workplace: (name) => `arbejdspladsmentorprogrammet ${name}`,
    custom: (name) => `mentorprogrammet ${name}`,
  },
  en: {
    school: (name) => `the school support program ${name}`,
    leisure: (name) => `the leisure mentoring program ${name}`,
    career: (name) => `the career mentoring program ${name}`,
    workplace: (name) => `the workplace mentoring program ${name}`,
    custom: (name) => `the mentoring program ${name}`,
  },
};

// ---------------------------------------------------------------------------------------------
// Fonts. The standard PDF fonts only encode WinAnsi, which has no ı, Ł or ọ; an embedded
// DejaVu covers Latin, Vietnamese, Greek and Cyrillic (Sans also Hebrew and Arabic), so a
// mentor's name prints as they write it. The files are read once per process; each document
// embeds only the glyphs it uses.
// ---------------------------------------------------------------------------------------------

const fontFiles = {
  serif: 'DejaVuSerif.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;
type FontKey = keyof typeof fontFiles;

/**
 * PDF names a subset font `ABCDEF+Name`, six capitals that differ between subsets, so that
 * viewers and tools know the font is partial. Derived from the text rather than random, so
 * a certificate re-rendered from the same data is byte-for-byte the same file.
 */
function subsetTag(key: FontKey, content: CertificateContent): string {
  const digest = createHash('sha256').update(key).update(JSON.stringify(content)).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

interface LoadedFont {
  bytes: Uint8Array;
  postscriptName: string;
  /** Code points the font has glyphs for, to choose a fallback before a glyph goes missing. */
  coverage: ReadonlySet<number>;
}

let fontCache: Promise<Record<FontKey, LoadedFont>> | undefined;

function loadFonts(): Promise<Record<FontKey, LoadedFont>> {
  fontCache ??= (async () => {
    const require = createRequire(import.meta.url);
    const load = async (file: string): Promise<LoadedFont> => {
      const bytes = new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
      const font = fontkit.create(bytes);
      return {
        bytes,
        postscriptName: font.postscriptName ?? file.replace(/\.ttf$/, ''),
        coverage: new Set(font.characterSet),
      };
    };
    const [serif, sans, sansBold] = await Promise.all([
      load(fontFiles.serif),
      load(fontFiles.sans),
      load(fontFiles.sansBold),
    ]);
    return { serif, sans, sansBold };
  })().catch((error: unknown) => {
    // A failed read must not poison the cache for the life of the process.
    fontCache = undefined;
    throw error;
  });
  return fontCache;
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

const [pageHeight, pageWidth] = PageSizes.A4; // A4 turned on its side: 841.89 × 595.28 pt
const ink = rgb(0.12, 0.16, 0.2);
const muted = rgb(0.37, 0.41, 0.46);
const accent = rgb(0.2, 0.37, 0.41);
const timeZone = 'Europe/Copenhagen';
/** Below this, text stops shrinking; only absurdly long input ever gets here. */
const minimumSize = 4;

interface Face {
  font: PDFFont;
  coverage: ReadonlySet<number>;
}

interface Block {
  lines: string[];
  size: number;
  face: Face;
}

/** Every string the certificate shows or carries as metadata, ready to set. */
export interface CertificateContent {
  organisation: string;
  title: string;
  leadIn: string;
  mentorName: string;
  sentence: string;
  issued: { label: string; value: string };
  validUntil: { label: string; value: string };
  code: { label: string; value: string };
  verify: string;
  metadata: { title: string; author: string; subject: string; language: Locale };
}

/** The certificate's words for this input, separate from where they go on the page. */
export function certificateContent(input: CertificatePdfInput): CertificateContent {
  const t = texts[input.locale];
  for (const [field, date] of [
    ['issuedAt', input.issuedAt],
    ['expiresAt', input.expiresAt],
  ] as const) {
    if (Number.isNaN(date.getTime())) throw new RangeError(`${field} is not a valid date`);
  }
  const mentorName = clean(input.mentorName);
  const organisation = clean(input.organisationName);
  const programName = clean(input.programName);
  const code = clean(input.code);
  // Dates as the organisation's clock has them: a certificate issued at 00:30 Danish time
  // is dated that day, not the UTC day before.
  const date = new Intl.DateTimeFormat(input.locale, { dateStyle: 'long', timeZone });
  return {
    organisation,
    title: t.title,
    leadIn: t.leadIn,
    mentorName,
    sentence: t.completed({
      program: programPhrases[input.locale][input.programType](programName),
      version: input.curriculumVersion,
      duration: phraseDuration(input.locale, input.trainingMinutes, t),
    }),
    issued: { label: t.issued, value: date.format(input.issuedAt) },
    validUntil: { label: t.validUntil, value: date.format(input.expiresAt) },
    code: { label: t.code, value: code },
    verify: t.verifyAt(clean(input.verifyUrl)),
    metadata: {
      title: `${t.title}: ${mentorName}`,
      author: organisation,
      subject: t.subject({ program: programName, version: input.curriculumVersion, code }),
      language: input.locale,
    },
  };
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const content = certificateContent(input);
  const loaded = await loadFonts();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const faces = {} as Record<FontKey, Face>;
  for (const key of Object.keys(fontFiles) as FontKey[]) {
    const font = await doc.embedFont(loaded[key].bytes, {
      subset: true,
      customName: `${subsetTag(key, content)}+${loaded[key].postscriptName}`,
    });
    faces[key] = { font, coverage: loaded[key].coverage };
  }

  // Metadata comes from the input alone (no "now"), so the same certificate is the same bytes.
  doc.setTitle(content.metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(content.metadata.author);
  doc.setSubject(content.metadata.subject);
  doc.setKeywords([content.code.value]);
  doc.setLanguage(content.metadata.language);
  doc.setCreator('Mentorpath');
  doc.setProducer('Mentorpath (pdf-lib)');
  doc.setCreationDate(input.issuedAt);
  doc.setModificationDate(input.issuedAt);

  const page = doc.addPage([pageWidth, pageHeight]);
  const centre = pageWidth / 2;

  // A double rule frames the page; nothing else decorates it.
  frame(page, 26, 1.1);
  frame(page, 32, 0.4);

  // Top: who issues it, and what it is.
  const org = fitText(content.organisation, pick(faces.sans, faces), 600, {
    size: 13,
    minSize: 9,
    maxLines: 2,
    oneLineDownTo: 11,
  });
  let y = drawBlock(page, org, pageHeight - 88, 1.3, muted);
  const heading = fitText(content.title, faces.serif, 640, { size: 24, minSize: 14, maxLines: 1 });
  y = drawBlock(page, heading, y - 20, 1.2, ink);
  // A short rule, clear of the title's descenders, separates the heading from the person.
  const ruleY = y - 12;
  page.drawLine({
    start: { x: centre - 28, y: ruleY },
    end: { x: centre + 28, y: ruleY },
    thickness: 0.8,
    color: accent,
  });

  // Bottom: dates and the code on one row, then the address to verify at.
  const rowY = 142;
  const columns: [number, { label: string; value: string }, FontKey][] = [
    [pageWidth * 0.24, content.issued, 'sans'],
    [centre, content.code, 'sansBold'],
    [pageWidth * 0.76, content.validUntil, 'sans'],
  ];
  for (const [x, { label, value }, face] of columns) {
    const caps = label.toLocaleUpperCase(input.locale);
    drawCentred(page, caps, faces.sansBold.font, 8, x, rowY, muted);
    const block = fitText(value, pick(faces[face], faces), 190, {
      size: 12,
      minSize: 8,
      maxLines: 1,
    });
    drawCentred(page, block.lines[0] ?? '', block.face.font, block.size, x, rowY - 18, ink);
  }
  const verify = fitText(content.verify, pick(faces.sans, faces), 640, {
    size: 9.5,
    minSize: 6,
    maxLines: 2,
    oneLineDownTo: 7,
  });
  drawBlock(page, verify, 84, 1.35, muted);

  // Middle: the person and what they did, centred in the space between top and bottom.
  const lead = fitText(content.leadIn, faces.sans, 600, { size: 12, minSize: 9, maxLines: 1 });
  const name = fitText(content.mentorName, pick(faces.serif, faces), 640, {
    size: 40,
    minSize: 18,
    maxLines: 2,
    oneLineDownTo: 28,
  });
  const sentence = fitText(content.sentence, pick(faces.sans, faces), 560, {
    size: 13,
    minSize: 9,
    maxLines: 4,
  });
  const gapAfterLead = 18;
  const gapAfterName = 16;
  const middleHeight =
    blockHeight(lead, 1.3) +
    gapAfterLead +
    blockHeight(name, 1.15) +
    gapAfterName +
    blockHeight(sentence, 1.45);
  const top = ruleY - 10;
  const bottom = rowY + 24;
  y = top - (top - bottom - middleHeight) / 2;
  y = drawBlock(page, lead, y, 1.3, muted);
  y = drawBlock(page, name, y - gapAfterLead, 1.15, ink);
  drawBlock(page, sentence, y - gapAfterName, 1.45, ink);

  return doc.save({ useObjectStreams: true });
}

/** One line of user text: no control characters or line breaks, composed to NFC so that a
 * decomposed "ọ" uses the font's single precomposed glyph rather than a loosely placed mark. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Training time as people say it, like the app does: minutes under an hour, else hours to
 * the nearest half. Null when there is no meaningful figure to print. */
function phraseDuration(locale: Locale, minutes: number, t: CertificateTexts): string | null {
  if (!Number.isFinite(minutes) || minutes <= 0) return null;
  const inMinutes = minutes < 60;
  const unit = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: inMinutes ? 'minute' : 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  return t.about(
    unit.format(inMinutes ? Math.max(1, Math.round(minutes)) : Math.round(minutes / 30) / 2),
  );
}

/** The preferred face when it has every glyph of the text, else the first that does. Serif
 * lacks Hebrew and Arabic, which Sans has; with no face covering, keep the preferred one. */
function pick(preferred: Face, faces: Record<FontKey, Face>) {
  return (text: string): Face => {
    const covers = (face: Face) =>
      [...text].every((c) => c === ' ' || face.coverage.has(c.codePointAt(0) ?? 0));
    if (covers(preferred)) return preferred;
    return [faces.sans, faces.serif].find(covers) ?? preferred;
  };
}

/**
 * Sets `text` as large as it goes within `maxWidth`: first on one line down to
 * `oneLineDownTo`, then on up to `maxLines` balanced lines. Text is never cut, because a
 * certificate with part of a name on it is worse than one in small print: below `minSize` a
 * word too long for any line is broken, and the size keeps falling until everything fits.
 */
function fitText(
  text: string,
  face: Face | ((text: string) => Face),
  maxWidth: number,
  opts: { size: number; minSize: number; maxLines: number; oneLineDownTo?: number },
): Block {
  const chosen = typeof face === 'function' ? face(text) : face;
  const measureAt = (size: number) => (s: string) => chosen.font.widthOfTextAtSize(s, size);
  if (opts.oneLineDownTo !== undefined) {
    for (let size = opts.size; size >= opts.oneLineDownTo; size -= 0.5) {
      if (measureAt(size)(text) <= maxWidth) return { lines: [text], size, face: chosen };
    }
  }
  let size = opts.oneLineDownTo ?? opts.size;
  for (; size > minimumSize; size -= 0.5) {
    const measure = measureAt(size);
    const breakWords = size <= opts.minSize;
    const lines = wrap(text, measure, maxWidth, breakWords);
    if (lines.length <= opts.maxLines && lines.every((line) => measure(line) <= maxWidth)) {
      const balanced = balance(text, lines.length, measure, maxWidth, breakWords);
      return { lines: balanced, size, face: chosen };
    }
  }
  return { lines: wrap(text, measureAt(size), maxWidth, true), size, face: chosen };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Greedy word wrap. A word wider than the line stays whole on a line of its own, or with
 * `breakWords` is split between letters (never inside a letter with its accents). */
function wrap(
  text: string,
  measure: (s: string) => number,
  maxWidth: number,
  breakWords = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    if (breakWords && measure(line) > maxWidth) {
      let piece = '';
      for (const { segment } of graphemes.segment(line)) {
        if (piece && measure(piece + segment) > maxWidth) {
          lines.push(piece);
          piece = '';
        }
        piece += segment;
      }
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Evens out centred lines: the narrowest width that still wraps into the same number of
 * lines, so a two-line name does not end in one lonely word. */
function balance(
  text: string,
  count: number,
  measure: (s: string) => number,
  maxWidth: number,
  breakWords: boolean,
): string[] {
  let best = wrap(text, measure, maxWidth, breakWords);
  if (count < 2) return best;
  let low = 0;
  let high = maxWidth;
  for (let i = 0; i < 14; i++) {
    const mid = (low + high) / 2;
    const lines = wrap(text, measure, mid, breakWords);
    if (lines.length <= count && lines.every((line) => measure(line) <= mid)) {
      best = lines;
      high = mid;
    } else {
      low = mid;
    }
  }
  return best;
}

function blockHeight(block: Block, leading: number): number {
  return block.lines.length * block.size * leading;
}

/** Draws the block's lines centred, the first line's top at `top`; answers the bottom edge. */
function drawBlock(page: PDFPage, block: Block, top: number, leading: number, color: RGB) {
  let y = top;
  for (const line of block.lines) {
    y -= block.size * leading;
    // Leave room for descenders: the baseline sits a quarter of the size above the bottom.
    drawCentred(
      page,
      line,
      block.face.font,
      block.size,
      pageWidth / 2,
      y + block.size * 0.25,
      color,
    );
  }
  return y;
}

function drawCentred(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  x: number,
  baseline: number,
  color: RGB,
) {
  const width = font.widthOfTextAtSize(text, size);
  // pdf-lib adds a fresh resource name on every font switch, so switch only on a change;
  // otherwise the page lists the same three fonts dozens of times.
  if (pageFonts.get(page) !== font) {
    page.setFont(font);
    pageFonts.set(page, font);
  }
  page.drawText(text, { x: x - width / 2, y: baseline, size, color });
}

const pageFonts = new WeakMap<PDFPage, PDFFont>();

function frame(page: PDFPage, inset: number, thickness: number) {
  page.drawRectangle({
    x: inset,
    y: inset,
    width: pageWidth - 2 * inset,
    height: pageHeight - 2 * inset,
    borderColor: accent,
    borderWidth: thickness,
  });
}
