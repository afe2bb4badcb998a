import { describe, expect, it } from 'vitest';
import { allowedBorderPatrolTransitions, isForeignJointPatrol, isJointPatrol } from './lifecycle.ts';
import { borderCommunes, borderGateByCode, borderGates } from './reference.ts';

describe('border patrols', () => {
  it('moves planned → in progress → completed, cancels before the end, and ends there', () => {
    expect(allowedBorderPatrolTransitions('planned')).toEqual(['in_progress', 'cancelled']);
    expect(allowedBorderPatrolTransitions('in_progress')).toEqual(['completed', 'cancelled']);
    expect(allowedBorderPatrolTransitions('completed')).toEqual([]);
    expect(allowedBorderPatrolTransitions('cancelled')).toEqual([]);
  });

  it('tells a joint patrol from a bilateral one', () => {
    expect(isJointPatrol([])).toBe(false);
    expect(isJointPatrol(['police'])).toBe(true);
    expect(isForeignJointPatrol(['police'])).toBe(false);
    expect(isForeignJointPatrol(['police', 'cambodia'])).toBe(true);
  });

  it('keeps gate codes unique, Bờ Y international, and every unconfirmed place marked so', () => {
    expect(new Set(borderGates.map((g) => g.code)).size).toBe(borderGates.length);
    expect(borderGateByCode('BO_Y')).toMatchObject({
      kind: 'international',
      country: 'LA',
      unitCode: '23377',
    });
    expect(borderGateByCode('KHONG_CO')).toBeNull();
    for (const g of borderGates) if (!g.unitCode) expect(g.confidence).toBe('unconfirmed');
    expect(new Set(borderCommunes.map((c) => c.code)).size).toBe(borderCommunes.length);
    expect(borderCommunes.flatMap((c) => c.formerCodes)).toHaveLength(12);
  });
});
