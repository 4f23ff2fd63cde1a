import { invalid } from '../../shared/errors.ts';
import { wasteCategories, type WasteCategory } from '../../shared/waste.ts';
import type { Deps } from '../deps.ts';
import * as repo from '../repositories/waste.ts';
import { fileReport, throttle } from './waste-intake.ts';

/**
 * Open311 GeoReport v2 (issue 14): services are the waste categories, a request is a
 * citizen's report. Nothing here carries the reporter: the list and the single request give
 * status, dates, the commune and the published outcome only.
 */
export interface Open311Post {
  service_code: string;
  description: string;
  commune?: string | undefined;
  lat?: number | undefined;
  long?: number | undefined;
  address_string?: string | undefined;
  email?: string | undefined;
  first_name?: string | undefined;
  last_name?: string | undefined;
  phone?: string | undefined;
}

export const isCategory = (code: string): code is WasteCategory =>
  (wasteCategories as readonly string[]).includes(code);

export async function placesByCode(deps: Deps, tenantId: string) {
  const places = await repo.communesOn(deps.db, tenantId, deps.today());
  return new Map(places.map((p) => [p.code, p]));
}

export async function postRequest(
  deps: Deps,
  tenantId: string,
  address: string,
  input: Open311Post,
) {
  if (!isCategory(input.service_code)) throw invalid({ service_code: { key: 'not_found' } });
  let communeUnitId: string | null = null;
  if (input.commune) {
    const place = (await placesByCode(deps, tenantId)).get(input.commune);
    if (!place) throw invalid({ 'attribute[commune]': { key: 'waste_place_unknown' } });
    communeUnitId = place.id;
  }
  throttle(deps, 'open311', address);
  const name = [input.last_name, input.first_name].filter((s) => s && s.trim()).join(' ');
  return fileReport(deps, tenantId, {
    channel: 'open311',
    category: input.service_code,
    description: input.description,
    communeUnitId,
    placeNote: input.address_string,
    lat: input.lat,
    lng: input.long,
    contact: { name: name || undefined, phone: input.phone, email: input.email },
  });
}

export interface Open311Filter {
  ids?: string[] | undefined;
  serviceCode?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
}

export async function listRequests(deps: Deps, tenantId: string, filter: Open311Filter) {
  const rows = await repo.listReports(deps.db, tenantId, {
    category: filter.serviceCode && isCategory(filter.serviceCode) ? filter.serviceCode : undefined,
  });
  if (filter.serviceCode && !isCategory(filter.serviceCode)) return [];
  return rows
    .filter((r) => !filter.ids || filter.ids.includes(r.code))
    .filter((r) => !filter.status || (r.status === 'published') === (filter.status === 'closed'))
    .filter((r) => !filter.start || r.receivedAt >= filter.start)
    .filter((r) => !filter.end || r.receivedAt <= filter.end)
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
    .slice(0, 1000);
}
