import { describe, expect, it } from 'vitest';
import { allowedModelTransitions, allowedPrestigeTransitions, maskPhone } from './lifecycle.ts';

describe('mobilisation lifecycle', () => {
  it('pauses, resumes and ends a model; ended is final', () => {
    expect(allowedModelTransitions('active')).toEqual(['paused', 'ended']);
    expect(allowedModelTransitions('paused')).toEqual(['active', 'ended']);
    expect(allowedModelTransitions('ended')).toEqual([]);
    expect(allowedPrestigeTransitions('inactive')).toEqual(['active']);
  });
  it('masks a phone keeping its first three and last two digits', () => {
    expect(maskPhone('0987654321')).toBe('098*****21');
    expect(maskPhone('+84987654321')).toBe('+84*******21');
    expect(maskPhone('123')).toBe('***');
  });
});
