/** Commendations: eligibility rules as dated, cited data, a pure evaluator, and cash amounts. */
export * from './rules.ts';
export * from './history.ts';
export * from './evidence.ts';
export * from './principles.ts';
export * from './eligibility.ts';
export * from './cash.ts';
export { laiChauDefaultRules } from './default-rules.ts';
export * from './members.ts';
