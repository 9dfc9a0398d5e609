/**
 * The order after moving one item a step up or down; past the first or last item of its
 * module it moves into the neighbouring module. Null when it cannot move.
 */
export function moveItem(
  modules: { id: string; items: { id: string }[] }[],
  itemId: string,
  direction: -1 | 1,
): { moduleId: string; itemIds: string[] }[] | null {
  const order = modules.map((m) => ({ moduleId: m.id, itemIds: m.items.map((i) => i.id) }));
  const from = order.findIndex((m) => m.itemIds.includes(itemId));
  const module = order[from];
  if (!module) return null;
  const at = module.itemIds.indexOf(itemId);
  const to = at + direction;
  if (to >= 0 && to < module.itemIds.length) {
    module.itemIds.splice(at, 1);
    module.itemIds.splice(to, 0, itemId);
    return order;
  }
  const neighbour = order[from + direction];
  if (!neighbour) return null;
  module.itemIds.splice(at, 1);
  if (direction === -1) neighbour.itemIds.push(itemId);
  else neighbour.itemIds.unshift(itemId);
  return order;
}
