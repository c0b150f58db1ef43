/** recentCuts: the cut dates the report dialogs offer (renderer/lib/cuts.ts). */
import { describe, expect, it } from 'vitest';
import { recentCuts } from '../../renderer/lib/cuts';

const Q = ['03-31', '06-30', '09-30', '12-31'];

describe('recentCuts', () => {
  it('quarterly cuts already past, newest first', () => {
    expect(recentCuts('2026-12-07', Q, 5)).toEqual([
      '2026-09-30',
      '2026-06-30',
      '2026-03-31',
      '2025-12-31',
      '2025-09-30',
    ]);
  });
  it('the open quarter first when asked', () => {
    expect(recentCuts('2026-12-07', Q, 3, true)).toEqual(['2026-12-31', '2026-09-30', '2026-06-30']);
    // On the cut's own day it is both past and open.
    expect(recentCuts('2026-09-30', Q, 2, true)).toEqual(['2026-09-30', '2026-06-30']);
    expect(recentCuts('2026-09-30', Q, 2)).toEqual(['2026-09-30', '2026-06-30']);
  });
  it('semestral cuts (BDME)', () => {
    expect(recentCuts('2026-12-07', ['05-31', '11-30'], 4)).toEqual([
      '2026-11-30',
      '2026-05-31',
      '2025-11-30',
      '2025-05-31',
    ]);
    expect(recentCuts('2026-05-30', ['05-31', '11-30'], 2)).toEqual(['2025-11-30', '2025-05-31']);
    expect(recentCuts('2026-12-31', Q, 1, true)).toEqual(['2026-12-31']);
  });
});
