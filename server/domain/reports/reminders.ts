/**
 * When a unit's report earns a reminder (issue 4, item 1). Pure: dates are ISO days
 * ("YYYY-MM-DD", the office's day in Vietnam: `deps.today()`) passed in, never read from a clock.
 */

/** A unit's report as reminders see it: no row yet, or the stored status. */
export type ReportState = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';

export type ReminderKind = 'report_due' | 'report_overdue' | 'report_reminder';

export interface ReminderPeriod {
  id: string;
  opensOn: string;
  deadline: string;
  closesOn: string;
}

/** "Due soon" goes out this many days before the deadline. */
export const dueSoonDays: readonly number[] = [7, 3, 1];
/** "Overdue" goes out the day after the deadline, then every this many days. */
export const overdueEveryDays = 3;

const dayMs = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The report still has to be sent in: nothing yet, a draft, or returned for corrections. */
export const awaitsSubmission = (state: ReportState) =>
  state === 'not_started' || state === 'draft' || state === 'returned';

/** A board row still owes its report: "late" is one not sent in after the deadline. */
export const owesReport = (status: ReportState | 'late') =>
  status === 'late' || awaitsSubmission(status);

/** Reports are written (and reminders make sense) from `opensOn` through `closesOn`. */
export const isOpen = (p: ReminderPeriod, today: string) =>
  p.opensOn <= today && today <= p.closesOn;

export type Reminder =
  { kind: 'report_due'; days: number } | { kind: 'report_overdue'; days: number } | null;

/**
 * The scheduled reminder for one unit today, if any: "due" 7, 3 and 1 days before the
 * deadline; "overdue" 1, 4, 7, … days after it, until the period closes. `days` is the days
 * left, or the days late.
 */
export function scheduledReminder(p: ReminderPeriod, state: ReportState, today: string): Reminder {
  if (!awaitsSubmission(state) || !isOpen(p, today)) return null;
  const left = daysBetween(today, p.deadline);
  if (dueSoonDays.includes(left)) return { kind: 'report_due', days: left };
  const late = -left;
  if (late >= 1 && (late - 1) % overdueEveryDays === 0)
    return { kind: 'report_overdue', days: late };
  return null;
}

/** One notification per user, unit, kind and day: the key the notifications table is unique on. */
export function reminderDedupeKey(
  kind: ReminderKind,
  periodId: string,
  unitId: string,
  today: string,
): string {
  return `${kind}:${periodId}:${unitId}:${today}`;
}

export interface UnitToRemind {
  unitId: string;
  state: ReportState;
  /** Users holding unit_head or unit_officer on the unit (a user may appear twice). */
  recipients: readonly string[];
}

export interface PlannedReminder {
  userId: string;
  unitId: string;
  kind: ReminderKind;
  /** Days left (due), days late (overdue); for a manual reminder, days left (negative when late). */
  days: number;
  dedupeKey: string;
}

function plan(
  units: readonly UnitToRemind[],
  make: (u: UnitToRemind) => { kind: ReminderKind; days: number } | null,
  periodId: string,
  today: string,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    const reminder = make(unit);
    if (!reminder) continue;
    const dedupeKey = reminderDedupeKey(reminder.kind, periodId, unit.unitId, today);
    for (const userId of unit.recipients) {
      if (seen.has(`${userId}|${dedupeKey}`)) continue;
      seen.add(`${userId}|${dedupeKey}`);
      out.push({ userId, unitId: unit.unitId, ...reminder, dedupeKey });
    }
  }
  return out;
}

/** Today's scheduled reminders for a period's units, one per user, unit and kind. */
export function planReminders(
  p: ReminderPeriod,
  today: string,
  units: readonly UnitToRemind[],
): PlannedReminder[] {
  return plan(units, (u) => scheduledReminder(p, u.state, today), p.id, today);
}

/**
 * The office's (or a superior head's) "remind now": every listed unit that still has to send
 * its report in, while the period is open.
 */
export function planManualReminders(
  p: ReminderPeriod,
  today: string,
  units: readonly UnitToRemind[],
): PlannedReminder[] {
  if (!isOpen(p, today)) return [];
  const days = daysBetween(today, p.deadline);
  return plan(
    units,
    (u) => (awaitsSubmission(u.state) ? { kind: 'report_reminder', days } : null),
    p.id,
    today,
  );
}
