export * from './access.ts';
export * from './audit.ts';
export * from './files.ts';
export * from './hotspots.ts';
export * from './key-areas.ts';
export * from './record-columns.ts';
export * from './units.ts';
