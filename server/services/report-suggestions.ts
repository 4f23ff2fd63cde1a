import type { Deps } from '../deps.ts';

/**
 * Suggested values for criteria of a unit's report, from other modules' records (issue 14):
 * thrift savings and programmes now, infrastructure later. Each module registers a source at
 * start; the report's editor shows the suggestion with its source, and the unit accepts it or
 * answers otherwise (with a reason). Suggestions are never written into a report by themselves.
 */
export interface ReportSuggestion {
  criterionCode: string;
  value: boolean | number | string;
  /** Where the value comes from, as the unit will read it. */
  source: string;
  /** The registering module, e.g. "thrift". */
  module: string;
}

export type SuggestionSource = (
  deps: Deps,
  tenantId: string,
  unitId: string,
  year: number,
) => Promise<ReportSuggestion[]>;

const sources = new Map<string, SuggestionSource>();

/** Registers (or replaces) a module's source; idempotent per key. */
export function registerReportSuggestions(key: string, source: SuggestionSource): void {
  sources.set(key, source);
}

/** Every registered module's suggestions for the unit's report of the year. */
export async function suggestionsFor(
  deps: Deps,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<ReportSuggestion[]> {
  const all = await Promise.all([...sources.values()].map((s) => s(deps, tenantId, unitId, year)));
  return all.flat();
}
