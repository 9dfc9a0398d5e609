import type { DueStatus, PartyDue } from '../../contracts/checkins';

/**
 * When the coordinator should be in touch with each side of an active match (good
 * practice): twice in the first month (by day 14 and by day 30), then every 30 days after
 * the last check-in; the guardian every 91 days in children's programs. The mentee side
 * of a child under 15 is reached through the guardian.
 */
export const DAY = 86_400_000;
export const FIRST_DUE_DAYS = 14;
export const FIRST_MONTH_DAYS = 30;
export const MONTHLY_DAYS = 30;
export const GUARDIAN_DAYS = 91;
/** A check-in is `due` this many days before its date, `overdue` after it. */
export const DUE_WINDOW_DAYS = 7;

export type Party = PartyDue['party'];

export interface ScheduleFacts {
  startedAt: Date;
  /** The mentee's age today. */
  menteeAge: number;
  /** `childCertificateRequired(program)`. */
  childrensProgram: boolean;
  hasGuardian: boolean;
  checkIns: readonly { party: Party; date: Date }[];
  now: Date;
}

export interface PartyPlan {
  party: Party;
  cadence: 'monthly' | 'quarterly';
  throughGuardian: boolean;
  /** Check-ins with these parties count for this one. */
  counts: Party[];
}

/** Which sides a match's coordinator keeps in touch with, and how often. */
export function partiesOf(
  f: Pick<ScheduleFacts, 'menteeAge' | 'childrensProgram' | 'hasGuardian'>,
) {
  const plans: PartyPlan[] = [
    { party: 'mentor', cadence: 'monthly', throughGuardian: false, counts: ['mentor'] },
  ];
  if (f.menteeAge < 15) {
    plans.push({
      party: 'mentee',
      cadence: 'monthly',
      throughGuardian: true,
      counts: ['mentee', 'guardian'],
    });
    return plans;
  }
  plans.push({ party: 'mentee', cadence: 'monthly', throughGuardian: false, counts: ['mentee'] });
  const children = f.childrensProgram || f.menteeAge < 18;
  if (children && (f.menteeAge < 18 || f.hasGuardian)) {
    plans.push({
      party: 'guardian',
      cadence: 'quarterly',
      throughGuardian: false,
      counts: ['guardian'],
    });
  }
  return plans;
}

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

export function statusOn(nextDue: Date, now: Date): DueStatus {
  if (now.getTime() > nextDue.getTime()) return 'overdue';
  if (nextDue.getTime() - now.getTime() <= DUE_WINDOW_DAYS * DAY) return 'due';
  return 'ok';
}

/** The next due date of one side, from the start and its check-ins (any order). */
export function nextDueOf(plan: PartyPlan, startedAt: Date, dates: readonly Date[]): Date {
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  const last = sorted.at(-1);
  if (plan.cadence === 'quarterly') {
    return addDays(last ?? startedAt, GUARDIAN_DAYS);
  }
  if (!last) return addDays(startedAt, FIRST_DUE_DAYS);
  const endOfFirstMonth = addDays(startedAt, FIRST_MONTH_DAYS);
  if (sorted.length === 1 && last.getTime() < endOfFirstMonth.getTime()) return endOfFirstMonth;
  return addDays(last, MONTHLY_DAYS);
}

/** Per side of an active match: the last check-in, the next due date and its status. */
export function checkInSchedule(f: ScheduleFacts): PartyDue[] {
  return partiesOf(f).map((plan) => {
    const dates = f.checkIns.filter((c) => plan.counts.includes(c.party)).map((c) => c.date);
    const last = dates.reduce<Date | null>((a, d) => (!a || d > a ? d : a), null);
    const nextDue = nextDueOf(plan, f.startedAt, dates);
    return {
      party: plan.party,
      cadence: plan.cadence,
      throughGuardian: plan.throughGuardian,
      lastCheckInAt: last ? last.toISOString() : null,
      nextDueAt: nextDue.toISOString(),
      status: statusOn(nextDue, f.now),
    };
  });
}

const rank: Record<DueStatus, number> = { overdue: 0, due: 1, ok: 2 };

/** The worst status of a match's sides. */
export function worstStatus(parties: readonly { status: DueStatus }[]): DueStatus {
  return parties.reduce<DueStatus>((w, p) => (rank[p.status] < rank[w] ? p.status : w), 'ok');
}

/** Overdue first, then due, then ok; within each, the earliest due date first. */
export function compareDue(
  a: { status: DueStatus; parties: readonly { nextDueAt: string }[] },
  b: { status: DueStatus; parties: readonly { nextDueAt: string }[] },
): number {
  const byStatus = rank[a.status] - rank[b.status];
  if (byStatus !== 0) return byStatus;
  const earliest = (x: typeof a) => x.parties.map((p) => p.nextDueAt).sort()[0] ?? '';
  return earliest(a).localeCompare(earliest(b));
}
