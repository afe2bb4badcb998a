import { plantStatuses } from '@pcmt/contracts';
import { describe, expect, it } from 'vitest';
import { allowedPlantTransitions, roundArea } from './lifecycle.ts';

describe('narcotic plant lifecycle', () => {
  it('destroys or hands over a detection; destroyed is final', () => {
    expect(allowedPlantTransitions('detected')).toEqual(['destroyed', 'handed_over']);
    expect(allowedPlantTransitions('handed_over')).toEqual(['destroyed']);
    expect(allowedPlantTransitions('destroyed')).toEqual([]);
    for (const s of plantStatuses) for (const t of allowedPlantTransitions(s)) expect(t).not.toBe(s);
  });
  it('keeps areas to the hundredth', () => {
    expect(roundArea(0.1 + 0.2)).toBe(0.3);
    expect(roundArea(1234.567)).toBe(1234.57);
  });
});
