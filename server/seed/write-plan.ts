import type { Tx } from '../db/client.ts';
import {
  movementMilestones,
  movementPhases,
  movements,
  movementSections,
  participantCategories,
  planCriteria,
  provinceTargets,
  provinceTargetValues,
  sectors,
} from '../db/schema/index.ts';
import { recordAudit, systemActor } from '../services/audit.ts';
import type { SeedContext, UnitIdOf } from './context.ts';
import type { SeedPlan } from './lai-chau/types.ts';

/** Writes a plan (one insert per table) and one audit entry for the movement; returns its id. */
export async function writePlan(
  tx: Tx,
  ctx: SeedContext,
  plan: SeedPlan,
  unitIdOf: UnitIdOf,
): Promise<string> {
  const { tenantId, at, newId } = ctx;
  const m = plan.movement;
  const movementId = newId();
  const movementRow = {
    id: movementId,
    tenantId,
    code: m.code,
    titleVi: m.titleVi,
    titleEn: m.titleEn,
    documentVi: m.documentVi,
    issuerUnitId: unitIdOf(m.issuerUnit),
    signerName: m.signerName,
    startYear: m.startYear,
    endYear: m.endYear,
    createdAt: at,
  };
  await tx.insert(movements).values(movementRow);

  const sectionRows = plan.sections.map((s, i) => ({
    id: newId(),
    tenantId,
    movementId,
    kind: s.kind,
    area: s.area ?? null,
    clause: s.clause,
    position: i + 1,
    textVi: s.vi,
    textEn: s.en,
    unitId: s.unit ? unitIdOf(s.unit) : null,
  }));
  await tx.insert(movementSections).values(sectionRows);

  const phases = plan.phases.map((p, i) => ({
    seed: p,
    row: {
      id: newId(),
      tenantId,
      movementId,
      code: p.code,
      position: i + 1,
      nameVi: p.nameVi,
      nameEn: p.nameEn,
      startYear: p.startYear,
      endYear: p.endYear,
      descriptionVi: p.descriptionVi,
      descriptionEn: p.descriptionEn,
    },
  }));
  await tx.insert(movementPhases).values(phases.map((p) => p.row));
  const milestoneRows = phases.flatMap(({ seed, row }) =>
    seed.milestones.map((ms, i) => ({
      id: newId(),
      tenantId,
      phaseId: row.id,
      kind: ms.kind,
      position: i + 1,
      dueYear: ms.dueYear,
      dueQuarter: ms.dueQuarter,
      nameVi: ms.nameVi,
      nameEn: ms.nameEn,
    })),
  );
  await tx.insert(movementMilestones).values(milestoneRows);

  const categories = plan.categories.map((c, i) => ({
    seed: c,
    row: {
      id: newId(),
      tenantId,
      movementId,
      code: c.code,
      clause: c.clause,
      position: i + 1,
      nameVi: c.nameVi,
      nameEn: c.nameEn,
    },
  }));
  await tx.insert(participantCategories).values(categories.map((c) => c.row));
  const criterionRows = categories.flatMap(({ seed, row }) =>
    seed.groups
      .flatMap((g) => g.criteria.map((c) => ({ group: g, criterion: c })))
      .map(({ group, criterion }, i) => ({
        id: newId(),
        tenantId,
        categoryId: row.id,
        groupCode: group.code,
        groupVi: group.vi,
        groupEn: group.en,
        code: criterion.code,
        position: i + 1,
        textVi: criterion.vi,
        textEn: criterion.en,
      })),
  );
  await tx.insert(planCriteria).values(criterionRows);

  const targets = plan.targets.map((t, i) => ({
    seed: t,
    row: {
      id: newId(),
      tenantId,
      movementId,
      code: t.code,
      position: i + 1,
      area: t.area,
      nameVi: t.nameVi,
      nameEn: t.nameEn,
      measure: t.measure,
      direction: t.direction,
      sourceVi: t.sourceVi,
      clause: t.clause,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue === null ? null : String(t.baselineValue),
    },
  }));
  await tx.insert(provinceTargets).values(targets.map((t) => t.row));
  const valueRows = targets.flatMap(({ seed, row }) =>
    seed.values.map((v) => ({
      id: newId(),
      tenantId,
      targetId: row.id,
      year: v.year,
      value: String(v.value),
      comparator: v.comparator,
      noteVi: v.noteVi ?? null,
      noteEn: v.noteEn ?? null,
    })),
  );
  await tx.insert(provinceTargetValues).values(valueRows);

  const sectorRows = plan.sectors.map((s, i) => ({
    id: newId(),
    tenantId,
    movementId,
    code: s.code,
    position: i + 1,
    nameVi: s.nameVi,
    nameEn: s.nameEn,
    leadUnitId: unitIdOf(s.leadUnit),
    dutyVi: s.dutyVi,
    dutyEn: s.dutyEn,
    extra: s.extra,
  }));
  await tx.insert(sectors).values(sectorRows);

  const { code, titleVi, titleEn, documentVi, issuerUnitId, signerName, startYear, endYear } =
    movementRow;
  await recordAudit(tx, {
    tenantId,
    actor: systemActor,
    at,
    action: 'seed.movement.create',
    entityType: 'movement',
    entityId: movementId,
    after: {
      code,
      titleVi,
      titleEn,
      documentVi,
      issuerUnitId,
      signerName,
      startYear,
      endYear,
      counts: {
        sections: sectionRows.length,
        phases: phases.length,
        milestones: milestoneRows.length,
        categories: categories.length,
        criteria: criterionRows.length,
        targets: targets.length,
        targetValues: valueRows.length,
        sectors: sectorRows.length,
      },
    },
  });
  return movementId;
}
