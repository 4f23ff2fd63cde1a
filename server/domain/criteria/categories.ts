import type { UnitKind } from '../../../shared/unit-kinds.ts';

/**
 * The unit kinds each participant category of III.1 (a–d) covers. Individuals (d) are
 * people, never a unit, so no unit kind maps to that category.
 */
export const categoryUnitKinds: Readonly<Record<string, readonly UnitKind[]>> = {
  units_localities: ['provincial_department', 'district', 'commune'],
  front_organisations: ['mass_organisation'],
  organisations_enterprises_households: ['enterprise', 'cooperative', 'other_organisation'],
  individuals: [],
};

/** The participant category a unit of this kind belongs to, or null (the province, a sub-unit). */
export function categoryOfUnitKind(kind: string): string | null {
  for (const [category, kinds] of Object.entries(categoryUnitKinds))
    if ((kinds as readonly string[]).includes(kind)) return category;
  return null;
}
