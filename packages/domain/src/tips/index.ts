export * from './deadline-problems.ts';
export * from './deadlines.ts';
export * from './lifecycle.ts';
export * from './receipt-code.ts';
export * from './retention.ts';
export * from './rules.ts';
export * from './transfer.ts';
