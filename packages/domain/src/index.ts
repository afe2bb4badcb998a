export * from './geo/boundary-index.ts';
export * from './geo/locate.ts';
export * from './hotspots/lifecycle.ts';
