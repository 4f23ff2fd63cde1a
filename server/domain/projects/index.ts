export * from './rates.ts';
export * from './milestones.ts';
export * from './validate.ts';
export * from './treasury.ts';
export * from './contributions.ts';
