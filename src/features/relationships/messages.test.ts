import { describe, expect, it } from 'vitest';
import { findWatchWord, normaliseWatchWords, watchListDescription } from './messages';

describe('the watch list', () => {
  it('finds a word whole or as the start of a word, in any case, with Danish letters', () => {
    expect(findWatchWord('Han SLÅR mig nogle gange', ['slå'])).toBe('slå');
    expect(findWatchWord('Jeg blev skadet i går', ['skade'])).toBe('skade');
    expect(findWatchWord('Æblet var godt', ['æble'])).toBe('æble');
  });

  it('does not find a word inside another word, nor a word that is not there', () => {
    expect(findWatchWord('Bilskaden er dyr', ['skade'])).toBeNull();
    expect(findWatchWord('Vi spillede fodbold', ['slå', 'hemmelighed'])).toBeNull();
    expect(findWatchWord('Det kostede 5 kr.', ['.'])).toBeNull();
  });

  it('keeps words trimmed, lower-case and without repeats', () => {
    expect(normaliseWatchWords([' Hemmelighed ', 'hemmelighed', '', 'SLÅ'])).toEqual([
      'hemmelighed',
      'slå',
    ]);
  });

  it('describes the draft concern with the word and the start of the message', () => {
    const long = 'x'.repeat(300);
    expect(watchListDescription('slå', long)).toBe(
      `Ord fra overvågningslisten: slå — ${'x'.repeat(200)}`,
    );
  });
});
