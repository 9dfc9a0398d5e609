import { describe, expect, it } from 'vitest';
import { moveItem } from './reorder';

const modules = [
  { id: 'm1', items: [{ id: 'a' }, { id: 'b' }] },
  { id: 'm2', items: [{ id: 'c' }] },
];

describe('moveItem', () => {
  it('swaps within a module', () => {
    expect(moveItem(modules, 'b', -1)).toEqual([
      { moduleId: 'm1', itemIds: ['b', 'a'] },
      { moduleId: 'm2', itemIds: ['c'] },
    ]);
  });
  it('moves across into the next or previous module', () => {
    expect(moveItem(modules, 'b', 1)).toEqual([
      { moduleId: 'm1', itemIds: ['a'] },
      { moduleId: 'm2', itemIds: ['b', 'c'] },
    ]);
    expect(moveItem(modules, 'c', -1)).toEqual([
      { moduleId: 'm1', itemIds: ['a', 'b', 'c'] },
      { moduleId: 'm2', itemIds: [] },
    ]);
  });
  it('cannot move past either end', () => {
    expect(moveItem(modules, 'a', -1)).toBeNull();
    expect(moveItem(modules, 'c', 1)).toBeNull();
  });
});
