export * from './geo/locate.ts';
export * from './hotspots/lifecycle.ts';
