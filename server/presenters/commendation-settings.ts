import type { CommendationSettings } from '../../shared/contracts/commendation-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { rulePolicy } from '../policies/commendations.ts';
import type { CommendationSettingsView } from '../services/commendation-settings.ts';

export const presentCommendationSettings = (
  actor: Actor,
  v: CommendationSettingsView,
): CommendationSettings => ({
  predecessorRecords: v.predecessorRecords,
  version: v.version,
  abilities: { update: rulePolicy.update(actor, v.office) },
});
