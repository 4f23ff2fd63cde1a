import { forbidden, notFound } from '../../shared/errors.ts';
import type { Actor, Policy } from './actor.ts';

/**
 * NotFound when the actor may not read the record (its existence is not revealed),
 * Forbidden when it may read it but not take `action`.
 */
export function authorize<T, P extends Policy<T> & { read: Policy<T>[string] }>(
  policy: P,
  actor: Actor,
  action: keyof P & string,
  record: T,
): void {
  if (!policy.read(actor, record)) throw notFound();
  if (!policy[action]!(actor, record)) throw forbidden();
}
