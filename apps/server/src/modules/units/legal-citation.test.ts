import { describe, expect, it } from 'vitest';
import { citeLegalBasis } from './legal-citation.ts';

describe('citeLegalBasis', () => {
  it('puts the clause before the article and names the document kind', () => {
    expect(citeLegalBasis('1677/NQ-UBTVQH15 Điều 1 khoản 56')).toBe(
      'khoản 56 Điều 1 Nghị quyết số 1677/NQ-UBTVQH15',
    );
    expect(citeLegalBasis('202/2025/QH15')).toBe('Nghị quyết số 202/2025/QH15');
    expect(citeLegalBasis('28/2025/QĐ-TTg Điều 3')).toBe('Điều 3 Quyết định số 28/2025/QĐ-TTg');
    expect(citeLegalBasis('1677/NQ-UBTVQH15 Điều 1 khoản 92 (không thực hiện sắp xếp)')).toBe(
      'khoản 92 Điều 1 Nghị quyết số 1677/NQ-UBTVQH15 (không thực hiện sắp xếp)',
    );
  });
  it('leaves what it does not recognise', () => {
    expect(citeLegalBasis('theo văn bản riêng')).toBe('theo văn bản riêng');
  });
});
