/**
 * The Markdown subset training content is written in: `##`/`###` headings, paragraphs,
 * bullet and numbered lists, `**bold**` and `*italic*`. Parsed into a small tree that
 * React renders as elements, so no text is ever read as HTML.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 2 | 3; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

const bullet = /^\s*[-*+]\s+(.*)$/;
const numbered = /^\s*(\d+)[.)]\s+(.*)$/;
const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
      paragraph = [];
    }
    if (list) {
      blocks.push({
        type: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map(parseInline),
      });
      list = null;
    }
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const h = heading.exec(line);
    if (h) {
      flush();
      // One h1 per page is the page's own title: content headings start at h2, and go no
      // deeper than h3.
      const level = (h[1]?.length ?? 2) <= 2 ? 2 : 3;
      blocks.push({ type: 'heading', level, children: parseInline(h[2] ?? '') });
      continue;
    }
    const b = bullet.exec(line);
    const n = b ? null : numbered.exec(line);
    if (b || n) {
      const ordered = Boolean(n);
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      if (!list) list = { ordered, start: n ? Number(n[1]) : 1, items: [] };
      list.items.push((b ? b[1] : n?.[2]) ?? '');
      continue;
    }
    if (list && /^\s+/.test(raw)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** `**bold**` and `*italic*` (also `__`/`_`), nested either way; the rest is text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  let i = 0;
  const pushText = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && /[*_\\#]/.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' || ch === '_') {
      const strong = text[i + 1] === ch;
      const marker = strong ? ch + ch : ch;
      const start = i + marker.length;
      const end = findClosing(text, marker, start);
      // `_` only counts at word edges, so snake_case and file_names stay as they are.
      const wordEdge =
        ch === '*' ||
        ((i === 0 || /\W/.test(text[i - 1] ?? '')) && /\W|$/.test(text[end + marker.length] ?? ''));
      if (end > start && wordEdge && text[start] !== ' ') {
        pushText();
        const children = parseInline(text.slice(start, end));
        out.push(strong ? { type: 'strong', children } : { type: 'em', children });
        i = end + marker.length;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  pushText();
  return out;
}

function findClosing(text: string, marker: string, from: number): number {
  let at = text.indexOf(marker, from);
  while (at !== -1) {
    const single = marker.length === 1;
    // A single `*` must not be half of a `**` that opens something nested.
    const doubled = single && text[at + 1] === marker;
    if (text[at - 1] !== ' ' && !doubled) return at;
    at = text.indexOf(marker, doubled ? at + 2 : at + 1);
  }
  return -1;
}

/** The text without markup, e.g. for a preview line. */
export function plainText(source: string): string {
  const flatten = (inlines: Inline[]): string =>
    inlines.map((n) => (n.type === 'text' ? n.text : flatten(n.children))).join('');
  return parseMarkdown(source)
    .map((b) => (b.type === 'list' ? b.items.map(flatten).join(' ') : flatten(b.children)))
    .join(' ');
}
