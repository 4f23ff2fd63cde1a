import { abilities, type Actor } from '../policies/actor.ts';
import { wastePolicy } from '../policies/waste.ts';
import { publicOutcome } from '../domain/waste/states.ts';
import { vietnamDay } from '../../shared/vietnam-day.ts';
import type {
  PublicWasteReport,
  WasteDetail,
  WasteFollowView,
  WasteSummary,
} from '../../shared/contracts/waste.ts';
import type { WasteCategory, WasteOutcome, WasteState } from '../../shared/waste.ts';
import type { WasteRow, WasteEventRow } from '../repositories/waste.ts';
import type { WasteDetailView, WasteView } from '../services/waste-handling.ts';

/** The public face of a report: no description, no contact, outcome only once published. */
export function presentPublicWaste(r: WasteRow, communeName: string): PublicWasteReport {
  const state = r.status as WasteState;
  const published = state === 'published';
  return {
    code: r.code,
    category: r.category as WasteCategory,
    communeName,
    status: state,
    receivedOn: r.receivedOn,
    updatedOn: vietnamDay(r.updatedAt),
    publishedOn: r.publishedAt ? vietnamDay(r.publishedAt) : null,
    outcome: publicOutcome(state, r.outcome as WasteOutcome | null),
    forwardedTo: published ? r.forwardedTo : null,
    summary: published ? r.summary : null,
  };
}

export function presentFollow(
  r: WasteRow,
  communeName: string,
  events: WasteEventRow[],
  photoCount: number,
): WasteFollowView {
  const open = r.status !== 'published' && r.status !== 'concluded';
  return {
    ...presentPublicWaste(r, communeName),
    description: r.description,
    photoCount,
    events: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      toStatus: (e.toStatus as WasteState | null) ?? null,
      byRole: e.byRole,
      // The reporter's own words and the published conclusion; officers' names are not shown.
      body: e.byRole === 'reporter' || e.action === 'publish' ? e.body : null,
    })),
    abilities: {
      update: true,
      reopen: !open,
      addPhoto: photoCount < 5,
    },
  };
}

export function presentWasteSummary(actor: Actor, v: WasteView): WasteSummary {
  const r = v.report;
  return {
    id: r.id,
    code: r.code,
    category: r.category as WasteCategory,
    description: r.description,
    communeUnitId: r.communeUnitId,
    communeName: v.names.get(r.communeUnitId) ?? '',
    assignedUnitId: r.assignedUnitId,
    assignedUnitName: r.assignedUnitId ? (v.names.get(r.assignedUnitId) ?? null) : null,
    status: r.status as WasteState,
    outcome: (r.outcome as WasteOutcome | null) ?? null,
    receivedOn: r.receivedOn,
    dueOn: r.dueOn,
    overdue: r.dueOn !== null && v.today > r.dueOn,
    escalated: r.escalatedState !== null && r.escalatedState === r.status,
    anonymous: v.anonymous,
    channel: r.channel,
    version: r.version,
    abilities: abilities(wastePolicy, actor, v.subject),
  };
}

export function presentWasteDetail(actor: Actor, v: WasteDetailView): WasteDetail {
  const r = v.report;
  return {
    ...presentWasteSummary(actor, v),
    placeNote: r.placeNote,
    lat: r.lat,
    lng: r.lng,
    occurredOn: r.occurredOn,
    forwardedTo: r.forwardedTo,
    summary: r.summary,
    officers: v.officers.map((o) => ({ id: o.userId, name: o.name })),
    photos: v.photos.map((p) => ({
      id: p.id,
      mediaType: p.mediaType,
      size: p.size,
      addedBy: p.addedBy,
    })),
    events: v.events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      byRole: e.byRole,
      byName: e.byName,
      body: e.body,
      unitName: e.unitId ? (v.names.get(e.unitId) ?? null) : null,
      public: e.public,
    })),
    possibleDuplicates: v.duplicates.map((d) => ({
      id: d.id,
      code: d.code,
      status: d.status as WasteState,
    })),
  };
}
