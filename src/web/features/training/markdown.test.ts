import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    const blocks = parseMarkdown(
      '## Hvad er en mentor?\n\nFørste linje\nanden linje.\n\n- **Ét:** a\n- to\n\n1. en\n2. to\n\n### Mindre',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'heading']);
    expect(blocks[0]).toEqual({
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: 'Hvad er en mentor?' }],
    });
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Første linje anden linje.' }],
    });
    expect(blocks[2]).toMatchObject({
      type: 'list',
      ordered: false,
      items: [[{ type: 'strong' }, { type: 'text', text: ' a' }], [{ type: 'text', text: 'to' }]],
    });
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(blocks[4]).toMatchObject({ type: 'heading', level: 3 });
  });

  it('keeps a list that follows a paragraph line apart from it', () => {
    const blocks = parseMarkdown('Du er ikke:\n- behandler\n- forælder');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
  });

  it('never turns markup-looking text into HTML', () => {
    const blocks = parseMarkdown('<script>alert(1)</script> & <b>x</b>');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: '<script>alert(1)</script> & <b>x</b>' }],
      },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic and bold with italic inside', () => {
    expect(parseInline('en *underretning* og **vigtigt *meget* her**')).toEqual([
      { type: 'text', text: 'en ' },
      { type: 'em', children: [{ type: 'text', text: 'underretning' }] },
      { type: 'text', text: ' og ' },
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'vigtigt ' },
          { type: 'em', children: [{ type: 'text', text: 'meget' }] },
          { type: 'text', text: ' her' },
        ],
      },
    ]);
  });

  it('leaves lone stars, snake_case and 2 * 3 alone', () => {
    expect(parseInline('2 * 3 og snake_case_name *')).toEqual([
      { type: 'text', text: '2 * 3 og snake_case_name *' },
    ]);
  });
});

it('plainText drops the markup', () => {
  expect(plainText('## Titel\n\n**Fed** og *kursiv*')).toBe('Titel Fed og kursiv');
});
