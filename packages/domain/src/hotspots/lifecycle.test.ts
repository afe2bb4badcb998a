import { hotspotStatuses } from '@pcmt/contracts';
import { describe, expect, it } from 'vitest';
import {
  allowedHotspotTransitions,
  canTransitionHotspot,
  hotspotTransitions,
  suggestHotspotKind,
  watchEndsOn,
} from './lifecycle.ts';

describe('hotspot lifecycle', () => {
  it('walks the plan’s path and reopens an eliminated, watched or stable place as tái hoạt động', () => {
    const path = ['detected', 'verifying', 'active', 'fighting', 'eliminated', 'watching', 'stable'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransitionHotspot(path[i - 1]!, path[i]!)).toBe(true);
    for (const from of ['eliminated', 'watching', 'stable'] as const)
      expect(canTransitionHotspot(from, 'reactivated')).toBe(true);
    expect(canTransitionHotspot('reactivated', 'eliminated')).toBe(true);
  });

  it('refuses skipping elimination and any way out of a dismissed report', () => {
    expect(canTransitionHotspot('active', 'stable')).toBe(false);
    expect(canTransitionHotspot('detected', 'eliminated')).toBe(false);
    expect(allowedHotspotTransitions('dismissed')).toEqual([]);
  });

  it('names only known statuses and never a transition to the same status', () => {
    for (const from of hotspotStatuses)
      for (const to of hotspotTransitions[from]) {
        expect(hotspotStatuses).toContain(to);
        expect(to).not.toBe(from);
      }
  });

  it('ends a watch period the same day months later, clamped to short months', () => {
    expect(watchEndsOn('2024-03-15')).toBe('2025-03-15');
    expect(watchEndsOn('2024-01-31', { watchMonths: 1, gatheringMinSellers: 3, gatheringMinUsers: 5 })).toBe(
      '2024-02-29',
    );
    expect(watchEndsOn('2025-11-30', { watchMonths: 3, gatheringMinSellers: 3, gatheringMinUsers: 5 })).toBe(
      '2026-02-28',
    );
  });

  it('suggests a tụ điểm from the configured thresholds', () => {
    expect(suggestHotspotKind({ sellers: 1, users: 2 })).toBe('spot');
    expect(suggestHotspotKind({ users: 5 })).toBe('gathering');
    expect(suggestHotspotKind({ sellers: 3 })).toBe('gathering');
  });
});
