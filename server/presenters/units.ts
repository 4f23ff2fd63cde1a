import type {
  LineageEntryResponse,
  LineageResponse,
  TreeResponse,
  UnitDetailResponse,
} from '../../shared/contracts/units.ts';
import type { Actor } from '../policies/actor.ts';
import { unitAbilities, unitSubject } from '../policies/units.ts';
import type { LineageItem, UnitDetail } from '../services/units-read.ts';
import type { UnitsView } from '../services/units.ts';

/** Tree nodes with the buttons the actor may use on each. */
export function presentTree(view: UnitsView): TreeResponse {
  return {
    asOf: view.asOf,
    units: view.units.map((n) => ({
      id: n.id,
      code: n.code,
      kind: n.kind,
      name: n.name,
      shortName: n.shortName,
      parentId: n.parentId,
      communeType: n.communeType ?? null,
      validFrom: n.validFrom,
      validTo: n.validTo,
      abilities: unitAbilities(view.actor, unitSubject(view.actor, n)),
    })),
  };
}

export function presentUnitDetail(actor: Actor, d: UnitDetail): UnitDetailResponse {
  return {
    id: d.unit.id,
    code: d.unit.code,
    kind: d.unit.kind,
    validFrom: d.unit.validFrom,
    validTo: d.unit.validTo,
    versions: d.versions.map((v) => ({
      name: v.name,
      shortName: v.shortName,
      parentId: v.parentId,
      parentName: v.parentName,
      communeType: v.communeType ?? null,
      validFrom: v.validFrom,
      validTo: v.validTo,
    })),
    events: d.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      effectiveDate: e.effectiveDate,
      basis: e.basis,
      note: e.note,
      verified: e.verified !== false,
      parties: e.parties.map((p) => ({
        unitId: p.unitId,
        unitName: p.unitName,
        role: p.role,
        share: p.share,
      })),
    })),
    abilities: unitAbilities(actor, unitSubject(actor, d.unit)),
  };
}

const lineageItem = (e: LineageItem): LineageEntryResponse => ({
  unitId: e.unitId,
  name: e.name,
  code: e.code,
  kind: e.kind,
  eventKind: e.eventKind,
  effectiveDate: e.effectiveDate,
  share: e.share,
  depth: e.depth,
  verified: e.verified,
});

export function presentLineage(l: {
  predecessors: LineageItem[];
  successors: LineageItem[];
}): LineageResponse {
  return {
    predecessors: l.predecessors.map(lineageItem),
    successors: l.successors.map(lineageItem),
  };
}
