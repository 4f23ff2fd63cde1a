export * from './engine.ts';
export * from './ranking.ts';
export * from './hash.ts';
