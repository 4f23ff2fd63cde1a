import type { MilestoneState } from '../../../shared/projects.ts';

/**
 * A milestone reached before its planned day is ahead, on it on time, after it late; one not
 * reached is overdue once its day has passed, pending before.
 */
export function milestoneState(
  plannedOn: string,
  actualOn: string | null,
  today: string,
): MilestoneState {
  if (actualOn === null) return today > plannedOn ? 'overdue' : 'pending';
  if (actualOn < plannedOn) return 'ahead';
  return actualOn === plannedOn ? 'on_time' : 'late';
}

/** A project is late when a milestone is late or overdue, or it passed its planned end unfinished. */
export function isLate(
  project: { plannedEnd: string; actualEnd: string | null; status: string },
  states: readonly MilestoneState[],
  today: string,
): boolean {
  if (states.some((s) => s === 'late' || s === 'overdue')) return true;
  if (project.actualEnd !== null) return project.actualEnd > project.plannedEnd;
  return project.status !== 'cancelled' && today > project.plannedEnd;
}
