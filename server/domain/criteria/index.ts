export * from './diff.ts';
export * from './validate.ts';
export * from './versions.ts';
