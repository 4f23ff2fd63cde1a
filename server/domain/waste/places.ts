import type { WasteCategory } from '../../../shared/waste.ts';

export interface Point {
  lat: number;
  lng: number;
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: Point, b: Point): number {
  const r = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface DuplicateCandidate {
  id: string;
  communeUnitId: string;
  category: WasteCategory;
  receivedOn: string;
  point: Point | null;
}

/** Reports within this distance (or in the same commune when either has no point) are "near". */
export const nearMetres = 300;
export const duplicateWindowDays = 30;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/**
 * Other reports that may describe the same waste: same category, received within 30 days of
 * each other, and near (≤ 300 m when both have a point, else the same commune). They are
 * suggested to the officer; nothing is merged.
 */
export function likelyDuplicates(
  report: DuplicateCandidate,
  others: readonly DuplicateCandidate[],
): string[] {
  return others
    .filter((o) => {
      if (o.id === report.id || o.category !== report.category) return false;
      if (Math.abs(dayNumber(o.receivedOn) - dayNumber(report.receivedOn)) > duplicateWindowDays)
        return false;
      if (report.point && o.point) return distanceMetres(report.point, o.point) <= nearMetres;
      return o.communeUnitId === report.communeUnitId;
    })
    .map((o) => o.id);
}

/**
 * The unit responsible for a report: the office's routing setting may send a category to a
 * named unit (e.g. state capital in enterprises to the Finance department); otherwise the
 * commune or ward where it happened.
 */
export function routeReport(
  category: WasteCategory,
  communeUnitId: string,
  byCategory: Partial<Record<WasteCategory, string>>,
): string {
  return byCategory[category] ?? communeUnitId;
}
