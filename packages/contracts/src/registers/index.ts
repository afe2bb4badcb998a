export * from './hotspot-enums.ts';
