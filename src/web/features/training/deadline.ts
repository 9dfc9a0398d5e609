const DAY_MS = 24 * 60 * 60 * 1000;

export type DeadlineInfo = { kind: 'overdue' } | { kind: 'today' } | { kind: 'left'; days: number };

/** How a deadline stands now, in whole calendar days as people count them. */
export function deadlineInfo(deadline: string, now: Date = new Date()): DeadlineInfo {
  const due = new Date(deadline);
  if (due.getTime() < now.getTime()) return { kind: 'overdue' };
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(due) - startOf(now)) / DAY_MS);
  return days <= 0 ? { kind: 'today' } : { kind: 'left', days };
}
