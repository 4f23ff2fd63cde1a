export * from './tenancy.ts';
export * from './units.ts';
export * from './identity.ts';
export * from './audit.ts';
export * from './movement.ts';
