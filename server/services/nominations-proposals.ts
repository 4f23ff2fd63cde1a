import type { Deps } from '../deps.ts';
import * as repo from '../repositories/nominations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';

/**
 * The round's nominees proposed for the Chairman's decision: dossiers in `proposed` and, of
 * those the Council voted on, only the subjects it passed. The decisions work builds on this.
 */
export async function listProposals(deps: Deps, tenantId: string, roundId: string) {
  const rows = await repo.listDossiers(deps.db, tenantId, { roundId, states: ['proposed'] });
  const subjects = await repo.subjectsOf(
    deps.db,
    tenantId,
    rows.map((r) => r.id),
  );
  const names = await unitNamesOn(
    deps.db,
    tenantId,
    [...new Set(rows.map((r) => r.unitId))],
    deps.today(),
  );
  return rows.flatMap((d) =>
    subjects
      .filter((s) => s.dossierId === d.id && s.councilPassed !== false)
      .map((s) => ({
        dossierId: d.id,
        subjectId: s.id,
        kind: s.subjectKind,
        subjectRef: s.subjectId,
        name: s.displayName,
        unitName: names.get(d.unitId) ?? '',
        awardCode: d.awardCode,
        statCategory: s.statCategory,
      })),
  );
}
