import { describe, expect, it } from 'vitest';
import { alertsFor } from './alerts.ts';
import type { MeasureFact, PersonHistory } from './history.ts';

/** management_due: a positive test waits for a decision; a proposal is not one (Luật 73/2021 Điều 23). */
const positive = { id: 'T1', testedOn: '2026-01-05', result: 'positive' as const };
const history = (measures: MeasureFact[]): PersonHistory => ({
  birthDate: null,
  tests: [positive],
  determinations: [],
  measures,
});
const management = (m: Partial<MeasureFact>): MeasureFact => ({
  id: 'M1',
  type: 'user_management',
  status: 'proposed',
  ...m,
});
const due = (h: PersonHistory, day = '2026-01-10') =>
  alertsFor(h, day).filter((a) => a.kind === 'management_due');

describe('management_due: a proposal is not a decision', () => {
  it('is raised by a positive test with no measure', () => {
    const [a] = due(history([]));
    expect(a).toMatchObject({ on: '2026-01-05', testId: 'T1', measureId: null });
    expect(a!.message.vi).toBe(
      'Dương tính ngày 05/01/2026: chưa có quyết định quản lý người sử dụng trái phép chất ma túy',
    );
  });

  it('stays while the measure is only proposed, even with a planned start, and names the proposal', () => {
    for (const planned of [{}, { startOn: '2026-01-10' }, { startOn: '2026-01-10', durationMonths: 12 }]) {
      const alerts = due(history([management(planned)]));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ on: '2026-01-05', testId: 'T1', measureId: 'M1' });
      expect(alerts[0]!.message.vi).toBe(
        'Dương tính ngày 05/01/2026: đã đề xuất biện pháp, chờ quyết định quản lý người sử dụng trái phép chất ma túy',
      );
      expect(alerts[0]!.message.en).toMatch(/proposed, waiting for the decision/);
    }
  });

  it('ends on the day the decision is recorded (decided, not yet started)', () => {
    const decided = management({ status: 'decided', decisionDate: '2026-01-09', durationMonths: 12 });
    expect(due(history([decided]), '2026-01-09')).toEqual([]);
    // Decided before the test and never started: it does not answer this later test.
    const earlier = management({ status: 'decided', decisionDate: '2026-01-02', durationMonths: 12 });
    expect(due(history([earlier]))).toMatchObject([{ testId: 'T1', measureId: null }]);
  });

  it('comes back when the proposal is cancelled, with the plain wording', () => {
    const [a] = due(history([management({ status: 'cancelled', startOn: '2026-01-10' })]));
    expect(a).toMatchObject({ measureId: null });
    expect(a!.message.vi).toMatch(/chưa có quyết định quản lý/);
  });

  it('is not raised for an addicted person (management no longer applies)', () => {
    const h: PersonHistory = {
      ...history([management({})]),
      determinations: [{ id: 'D1', determinedOn: '2026-01-07', result: 'addicted' }],
    };
    expect(due(h)).toEqual([]);
  });
});
