export * from './classification/index.ts';
export * from './geo/boundary-index.ts';
export * from './geo/locate.ts';
export * from './hotspot-stats/index.ts';
export * from './hotspots/lifecycle.ts';
export * from './programmes/index.ts';
export * from './targets/index.ts';
export * from './tasks/index.ts';
