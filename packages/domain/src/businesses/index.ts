export * from './checklist.ts';
export * from './lifecycle.ts';
export * from './risk.ts';
