import {
  registrationStatuses,
  type RegistrationStatus,
} from '../../../shared/contracts/registrations.ts';

/**
 * A unit's status: submitted (on time or not), a draft, or nothing yet; after the deadline
 * a unit that has not submitted is late, whether it has a draft or nothing.
 * Dates are ISO days (`today` and `deadline` compare as strings).
 */
export function registrationStatus(
  registration: { status: string } | undefined,
  deadline: string,
  today: string,
): RegistrationStatus {
  if (registration?.status === 'submitted') return 'submitted';
  if (today > deadline) return 'late';
  return registration ? 'draft' : 'not_registered';
}

/** Counts per status, every status present. */
export function countStatuses(statuses: RegistrationStatus[]): Record<RegistrationStatus, number> {
  const out = Object.fromEntries(registrationStatuses.map((s) => [s, 0])) as Record<
    RegistrationStatus,
    number
  >;
  for (const s of statuses) out[s] += 1;
  return out;
}
