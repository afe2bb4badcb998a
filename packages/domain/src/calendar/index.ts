export * from './dates.ts';
export * from './holidays.ts';
export * from './lunar.ts';
export * from './periods.ts';
