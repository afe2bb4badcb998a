export * from './alerts.ts';
export * from './art256a.ts';
export * from './compute.ts';
export * from './history.ts';
export * from './lifecycle.ts';
export * from './override.ts';
export * from './rule-sets.ts';
export * from './types.ts';
