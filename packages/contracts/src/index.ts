export * from './access.ts';
export * from './audit.ts';
export * from './errors.ts';
export * from './home.ts';
export * from './list.ts';
export * from './permissions.ts';
export * from './text.ts';
export * from './units.ts';
