import {
  decodePDFRawStream,
  PageSizes,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  type CertificatePdfInput,
  certificateContent,
  renderCertificatePdf,
} from './certificate-pdf';

const input = (overrides: Partial<CertificatePdfInput> = {}): CertificatePdfInput => ({
  locale: 'da',
  mentorName: 'Søren Ærø Åberg',
  organisationName: 'Læsehesten Aarhus',
  programName: 'Læsevenner',
  programType: 'school',
  curriculumVersion: 3,
  // 00:30 on 4 March in Copenhagen, still 3 March in UTC.
  issuedAt: new Date('2025-03-03T23:30:00Z'),
  expiresAt: new Date('2027-03-03T23:30:00Z'),
  code: 'ABCD-EFGH-JKLM-NPQR',
  verifyUrl: 'https://mentorpath.example/verify/ABCD-EFGH-JKLM-NPQR',
  trainingMinutes: 255,
  ...overrides,
});

const hardNames = [
  'Ali Yılmaz',
  'Zoë Ærø',
  'Łukasz Øster-Ålund',
  'Ngọc Nguyễn',
  'Şebnem Çelik',
  'Дарья Ελένη',
];

/** The fonts the page uses: base name and the characters its ToUnicode map gives real glyphs
 * for (glyph 0 is .notdef, the box a missing character would become). */
function pageFonts(doc: PDFDocument) {
  const page = doc.getPage(0);
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  if (!fonts) throw new Error('page has no fonts');
  return fonts.keys().map((key) => {
    const font = fonts.lookup(key, PDFDict);
    const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    const embedded = descendant
      ?.lookup(PDFName.of('FontDescriptor'), PDFDict)
      .lookup(PDFName.of('FontFile2'));
    const toUnicode = font.lookup(PDFName.of('ToUnicode'));
    const chars = new Set<string>();
    if (toUnicode instanceof PDFRawStream) {
      const cmap = new TextDecoder().decode(decodePDFRawStream(toUnicode).decode());
      for (const [, glyph, hex] of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
        if (!glyph || !hex || Number.parseInt(glyph, 16) === 0) continue;
        const units = hex.match(/.{4}/g)?.map((unit) => Number.parseInt(unit, 16)) ?? [];
        for (const char of String.fromCharCode(...units)) chars.add(char);
      }
    }
    return {
      baseFont: font.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
      embedded: embedded !== undefined,
      chars,
    };
  });
}

describe('renderCertificatePdf', () => {
  it('is a one-page landscape A4 PDF that pdf-lib reads back', async () => {
    const bytes = await renderCertificatePdf(input());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    const [a4Width, a4Height] = PageSizes.A4;
    expect(width).toBeCloseTo(a4Height, 2);
    expect(height).toBeCloseTo(a4Width, 2);
    expect(width).toBeGreaterThan(height);
    // Subset, not whole fonts: DejaVu Sans alone is over 700 kB.
    expect(bytes.length).toBeLessThan(100_000);
  });

  it('carries title, author, subject, language and the issue date as metadata', async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(input()), {
      updateMetadata: false,
    });
    expect(doc.getTitle()).toBe('Kursusbevis — mentortræning: Søren Ærø Åberg');
    expect(doc.getAuthor()).toBe('Læsehesten Aarhus');
    expect(doc.getSubject()).toContain('Læsevenner');
    expect(doc.getSubject()).toContain('ABCD-EFGH-JKLM-NPQR');
    expect(doc.getCreationDate()?.toISOString()).toBe('2025-03-03T23:30:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2025-03-03T23:30:00.000Z');
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : lang?.toString()).toBe('da');
  });

  it('renders in English too', async () => {
    const doc = await PDFDocument.load(
      await renderCertificatePdf(input({ locale: 'en', mentorName: 'Zoë Hansen' })),
      { updateMetadata: false },
    );
    expect(doc.getTitle()).toBe('Certificate — mentor training: Zoë Hansen');
    expect(doc.getSubject()).toMatch(/^Mentor training for Læsevenner, curriculum version 3\./);
  });

  it('sets every name in embedded DejaVu, with a real glyph for each character', async () => {
    for (const mentorName of hardNames) {
      const doc = await PDFDocument.load(await renderCertificatePdf(input({ mentorName })));
      const fonts = pageFonts(doc);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        // `ABCDEF+DejaVuSans`: the tag is how PDF marks a subset font.
        expect(font.baseFont).toMatch(/^[A-Z]{6}\+DejaVu/);
        expect(font.embedded).toBe(true);
      }
      const glyphs = new Set(fonts.flatMap((font) => [...font.chars]));
      const missing = [...mentorName.replaceAll(' ', '')].filter((char) => !glyphs.has(char));
      expect(missing, mentorName).toEqual([]);
    }
  });

  it('needs the embedded font: the standard Helvetica cannot encode these names', async () => {
    const doc = await PDFDocument.create();
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    expect(() => helvetica.encodeText('Søren Ærø')).not.toThrow();
    for (const name of ['Ali Yılmaz', 'Łukasz', 'Ngọc']) {
      expect(() => helvetica.encodeText(name)).toThrow();
    }
  });

  it('takes decomposed input and very long names without dropping a character', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Ngo\u0323c';
    const long = `Maria-Josefine ${'Bjørnskov-Kirkegaard '.repeat(5)}Łukasz`.trim();
    const unbroken = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(3);
    for (const mentorName of [decomposed, long, unbroken]) {
      const doc = await PDFDocument.load(await renderCertificatePdf(input({ mentorName })));
      const glyphs = new Set(pageFonts(doc).flatMap((font) => [...font.chars]));
      const wanted = [...mentorName.normalize('NFC').replaceAll(' ', '')];
      expect(wanted.filter((char) => !glyphs.has(char))).toEqual([]);
    }
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const [a, b] = await Promise.all([
      renderCertificatePdf(input({ mentorName: 'Ali Yılmaz' })),
      renderCertificatePdf(input({ mentorName: 'Ali Yılmaz' })),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses an invalid date rather than printing one', async () => {
    await expect(renderCertificatePdf(input({ expiresAt: new Date('nope') }))).rejects.toThrow(
      /expiresAt/,
    );
  });
});

describe('certificateContent', () => {
  it('says it in Danish, dated on the Copenhagen calendar', () => {
    const content = certificateContent(input());
    expect(content.title).toBe('Kursusbevis — mentortræning');
    expect(content.sentence).toBe(
      'har gennemført den obligatoriske mentortræning i lektiehjælpsprogrammet Læsevenner ' +
        '(version 3 af træningsforløbet, ca. 4,5 timer).',
    );
    expect(content.issued).toEqual({ label: 'Udstedt', value: '4. marts 2025' });
    expect(content.validUntil).toEqual({ label: 'Gyldigt til', value: '4. marts 2027' });
    expect(content.code).toEqual({ label: 'Kontrolkode', value: 'ABCD-EFGH-JKLM-NPQR' });
    expect(content.verify).toBe('Bekræft på https://mentorpath.example/verify/ABCD-EFGH-JKLM-NPQR');
  });

  it('says it in English', () => {
    const content = certificateContent(
      input({ locale: 'en', programType: 'workplace', trainingMinutes: 45 }),
    );
    expect(content.title).toBe('Certificate — mentor training');
    expect(content.sentence).toBe(
      'has completed the required mentor training for the workplace mentoring program ' +
        'Læsevenner (curriculum version 3, about 45 minutes).',
    );
    expect(content.issued).toEqual({ label: 'Issued', value: 'March 4, 2025' });
    expect(content.verify).toMatch(/^Verify at https:/);
  });

  it('has the same parts, all filled, in both languages', () => {
    const da = certificateContent(input({ locale: 'da' }));
    const en = certificateContent(input({ locale: 'en' }));
    for (const key of ['title', 'leadIn', 'sentence', 'verify'] as const) {
      expect(da[key]).not.toBe(en[key]);
      expect(da[key].length).toBeGreaterThan(5);
    }
    expect(da.issued.label).not.toBe(en.issued.label);
    expect(da.validUntil.label).not.toBe(en.validUntil.label);
    expect(da.code.label).not.toBe(en.code.label);
  });

  it('leaves the duration out when there is none, and cleans line breaks out of names', () => {
    const content = certificateContent(
      input({ trainingMinutes: 0, mentorName: '  Zoë\nHansen\u0000 ', programType: 'custom' }),
    );
    expect(content.sentence).toBe(
      'har gennemført den obligatoriske mentortræning i mentorprogrammet Læsevenner ' +
        '(version 3 af træningsforløbet).',
    );
    expect(content.mentorName).toBe('Zoë Hansen');
  });
});
