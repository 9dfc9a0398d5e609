import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';

/** Every leaf of a locale file as `path → value`. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) {
        found.set(path, leaf);
      }
    }
  } else {
    found.set(prefix, tree);
  }
  return found;
}

/** The `{{name}}` placeholders of a text, so a translation cannot drop or rename one. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('the locale files', () => {
  const danish = leaves(da);
  const english = leaves(en);

  it('have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...danish.keys()].sort());
  });

  it('have no empty or non-text values', () => {
    for (const [name, texts] of [
      ['da', danish],
      ['en', english],
    ] as const) {
      for (const [path, value] of texts) {
        expect(typeof value, `${name}: ${path}`).toBe('string');
        expect((value as string).trim(), `${name}: ${path}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [path, value] of danish) {
      const other = english.get(path);
      if (typeof value !== 'string' || typeof other !== 'string') continue;
      expect(placeholders(other), path).toEqual(placeholders(value));
    }
  });
});
