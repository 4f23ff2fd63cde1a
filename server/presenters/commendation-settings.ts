import type { CommendationSettings } from '../../shared/contracts/commendation-settings.ts';
import { rulePolicy } from '../policies/commendations.ts';
import type { CommendationSettingsView } from '../services/commendation-settings.ts';

export const presentCommendationSettings = (v: CommendationSettingsView): CommendationSettings => ({
  predecessorRecords: v.predecessorRecords,
  version: v.version,
  abilities: { update: rulePolicy.update(v.actor) },
});
