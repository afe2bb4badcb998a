export * from './lifecycle.ts';
export * from './reference.ts';
