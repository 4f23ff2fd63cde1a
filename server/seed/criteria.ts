import type { Executor } from '../db/client.ts';
import {
  emptyContent,
  type CriteriaContent,
  type Criterion,
} from '../../shared/contracts/criteria-content.ts';
import { validateContent } from '../domain/criteria/index.ts';
import * as repo from '../repositories/criteria.ts';
import { categoriesOf, listMovements, sectorsOf } from '../repositories/movements.ts';
import { recordAudit, systemActor } from '../services/audit.ts';
import type { UnitKind } from '../../shared/unit-kinds.ts';
import { categoryUnitKinds } from '../domain/criteria/categories.ts';

/** Points a plan criterion is worth until the office decides otherwise (ADR 0009). */
export const defaultMaxPoints = 10;

type Measured = Pick<
  Extract<Criterion, { kind: 'quantitative' }>,
  'indicator' | 'measure' | 'direction' | 'aggregation'
> & { target: number; years?: number[] };

/** The plan criteria that state a number; every other plan criterion is qualitative. */
const measured: Record<string, Measured> = {
  // "Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao" — every year.
  'A-INF-6': {
    indicator: 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao',
    measure: '%',
    direction: 'higher',
    aggregation: 'weighted_average',
    target: 100,
  },
  // "phấn đấu giảm tỷ trọng chi thường xuyên xuống khoảng 80%" — every year.
  'A-THR-3': {
    indicator: 'Tỷ trọng chi thường xuyên trong tổng chi ngân sách nhà nước',
    measure: '%',
    direction: 'lower',
    aggregation: 'none',
    target: 80,
  },
  // "đến năm 2025, tiếp tục giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2021".
  'A-THR-5': {
    indicator: 'Tỷ lệ giảm số đơn vị sự nghiệp công lập so với năm 2021',
    measure: '%',
    direction: 'higher',
    aggregation: 'none',
    target: 10,
    years: [2025],
  },
};

function planCriterion(
  c: { code: string; textVi: string; textEn: string },
  clause: string,
  unitKinds: readonly UnitKind[],
  years: number[],
): Criterion {
  const common = {
    code: c.code,
    name: { vi: c.textVi, en: c.textEn },
    maxPoints: defaultMaxPoints,
    unitKinds: [...unitKinds],
    source: { kind: 'plan_clause' as const, reference: clause },
  };
  const m = measured[c.code];
  if (m)
    return {
      ...common,
      kind: 'quantitative',
      indicator: m.indicator,
      measure: m.measure,
      direction: m.direction,
      aggregation: m.aggregation,
      targets: (m.years ?? years).map((year) => ({ year, value: m.target })),
    };
  return { ...common, kind: 'qualitative', scale: 'yes_no', levels: [], evidenceRequired: true };
}

/**
 * The plan's criteria become the first published set of each participant category, and
 * each sector gets an empty draft for its lead department. Idempotent: a set whose code
 * exists is left alone.
 */
export async function seedCriteria(
  tx: Executor,
  ctx: { tenantId: string; at: Date; newId: () => string },
): Promise<{ created: number }> {
  let created = 0;
  for (const movement of await listMovements(tx, ctx.tenantId)) {
    const years: number[] = [];
    for (let y = movement.startYear; y <= movement.endYear; y++) years.push(y);
    const { categories, criteria } = await categoriesOf(tx, ctx.tenantId, movement.id);
    const owners = [
      ...categories.map((cat) => {
        const groups = new Map<string, CriteriaContent['groups'][number]>();
        for (const c of criteria.filter((x) => x.categoryId === cat.id)) {
          const group = groups.get(c.groupCode) ?? {
            name: { vi: c.groupVi, en: c.groupEn },
            criteria: [],
          };
          group.criteria.push(
            planCriterion(c, cat.clause, categoryUnitKinds[cat.code] ?? [], years),
          );
          groups.set(c.groupCode, group);
        }
        return {
          code: `category:${cat.code}`,
          categoryId: cat.id,
          sectorId: null,
          nameVi: cat.nameVi,
          nameEn: cat.nameEn,
          content: { groups: [...groups.values()] },
          status: 'published' as const,
        };
      }),
      ...(await sectorsOf(tx, ctx.tenantId, movement.id)).map((s) => ({
        code: `sector:${s.code}`,
        categoryId: null,
        sectorId: s.id,
        nameVi: `Lĩnh vực ${s.nameVi}`,
        nameEn: `Sector: ${s.nameEn}`,
        content: emptyContent(),
        status: 'draft' as const,
      })),
    ];
    for (const owner of owners) {
      if (await repo.findSetByCode(tx, ctx.tenantId, movement.id, owner.code)) continue;
      const checked = validateContent(owner.content);
      if (!checked.ok)
        throw new Error(`seed criteria ${owner.code}: ${JSON.stringify(checked.fields)}`);
      const set = await repo.insertSet(tx, {
        id: ctx.newId(),
        tenantId: ctx.tenantId,
        movementId: movement.id,
        code: owner.code,
        categoryId: owner.categoryId,
        sectorId: owner.sectorId,
        nameVi: owner.nameVi,
        nameEn: owner.nameEn,
        startYear: movement.startYear,
        endYear: movement.endYear,
        createdAt: ctx.at,
      });
      const published = owner.status === 'published';
      const version = await repo.insertVersion(tx, {
        id: ctx.newId(),
        tenantId: ctx.tenantId,
        setId: set.id,
        number: 1,
        status: owner.status,
        content: checked.content,
        createdAt: ctx.at,
        updatedAt: ctx.at,
        publishedAt: published ? ctx.at : null,
        publishedByName: published ? 'system' : null,
      });
      await recordAudit(tx, {
        tenantId: ctx.tenantId,
        actor: systemActor,
        at: ctx.at,
        action: published ? 'criteria.seed_publish' : 'criteria.seed_draft',
        entityType: 'criteria_version',
        entityId: version.id,
        after: { set: owner.code, number: 1, status: owner.status },
      });
      created++;
    }
  }
  return { created };
}
