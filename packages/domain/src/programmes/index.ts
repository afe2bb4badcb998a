export * from './evaluation.ts';
export * from './lifecycle.ts';
