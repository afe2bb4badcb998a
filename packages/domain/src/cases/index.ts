export * from './campaign.ts';
export * from './charges.ts';
export * from './drugs.ts';
export * from './lifecycle.ts';
