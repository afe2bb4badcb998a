export * from './geo/locate.ts';
