export * from './diff.ts';
export * from './in-force.ts';
export * from './starter.ts';
export * from './validate.ts';
export * from './versions.ts';
