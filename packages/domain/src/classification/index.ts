export * from './classify.ts';
export * from './format.ts';
export * from './override.ts';
export * from './relapse.ts';
export * from './rule-sets.ts';
export * from './types.ts';
