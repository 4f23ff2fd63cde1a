export * from './tenancy.ts';
export * from './units.ts';
export * from './identity.ts';
export * from './audit.ts';
export * from './movement.ts';
export * from './commendations.ts';
export * from './criteria.ts';
export * from './targets.ts';
