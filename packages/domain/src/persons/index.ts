export * from './age-bands.ts';
export * from './birth-date.ts';
export * from './cccd.ts';
export * from './cccd-provinces.ts';
export * from './ethnic-groups.ts';
export * from './fold-pairs.ts';
export * from './names.ts';
export * from './status.ts';
