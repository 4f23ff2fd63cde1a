/** What a seed loader needs from its caller: the tenant, the clock and the id source. */
export interface SeedContext {
  tenantId: string;
  at: Date;
  newId: () => string;
}

/** Looks up a seeded unit's id by its code; throws on a code the seed does not define. */
export type UnitIdOf = (code: string) => string;
