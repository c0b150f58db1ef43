// Circular 030 de 2013, the IPS file (domain README §Circular 030; shared/domain/cartera/circular030/indicators.ts):
// the I/A/E indicator between consecutive cuts.
import { describe, expect, it } from 'vitest';
import { Circular030ErrorCodes as C } from '../../shared/api/errors-cartera';
import {
  readCircular030,
  updateIndicators,
  writeCircular030,
  type Circular030Invoice,
} from '../../shared/domain/cartera/circular030';
import { CONTROL, FE_1024, refusal } from './circular030-fixtures';

describe('updateIndicators: I, A, E between consecutive cuts', () => {
  const inv = (prefix: string, number: string, valueCents: number, paymentsCents: number): Circular030Invoice => ({
    ...FE_1024,
    prefix,
    number,
    valueCents,
    paymentsCents,
    acceptedGlosaCents: 0,
    balanceCents: valueCents - paymentsCents,
  });
  const cut1 = [inv('FE', '1', 100_000, 0), inv('FE', '2', 200_000, 0), inv('FE', '3', 300_000, 0)];
  const pick = (records: { prefix: string; number: string; indicator: string }[]) =>
    records.map((r) => `${r.prefix}${r.number}:${r.indicator}`);

  it('the first cut ever reports everything as I', () => {
    expect(pick(updateIndicators(null, cut1))).toEqual(['FE1:I', 'FE2:I', 'FE3:I']);
  });

  it('A for unchanged, I for new, E for paid and for absent (with the figures the caller gives)', () => {
    // Cut 1 as written to the file and read back: that is the memory of the next cut.
    const previous = readCircular030(writeCircular030(CONTROL, updateIndicators(null, cut1))).records;
    const annulled = { ...inv('FE', '3', 300_000, 0), acceptedGlosaCents: 300_000, balanceCents: 0 };
    const cut2 = updateIndicators(
      previous,
      [inv(' fe', '1 ', 100_000, 40_000), inv('FE', '2', 200_000, 200_000), inv('FE', '4', 50_000, 0)],
      [inv('FE', '1', 1, 0), annulled, inv('FE', '99', 5, 0)],
    );
    expect(pick(cut2)).toEqual([' fe1 :A', 'FE2:E', 'FE4:I', 'FE3:E']);
    // The E of an absent invoice carries the figures given for it, not those of the previous cut.
    expect(cut2[3]).toEqual({ ...annulled, indicator: 'E' });
    expect(cut2[0]!.balanceCents).toBe(60_000);
    const text = writeCircular030({ ...CONTROL, startDate: '2026-04-01', cutDate: '2026-06-30' }, cut2);
    expect(
      text
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.split(',').slice(1, 19).join(',')),
    ).toEqual([
      '1,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,1,A,1000.00,2026-01-15,2026-01-20,,400.00,0.00,NO,600.00',
      '2,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,2,E,2000.00,2026-01-15,2026-01-20,,2000.00,0.00,NO,0.00',
      '3,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,4,I,500.00,2026-01-15,2026-01-20,,0.00,0.00,NO,500.00',
      '4,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,3,E,3000.00,2026-01-15,2026-01-20,,0.00,3000.00,NO,0.00',
    ]);

    // Cut 3: what left in cut 2 is not removed again; coming back, it is new (I).
    const cut3 = updateIndicators(
      readCircular030(text).records,
      [inv('FE', '1', 100_000, 40_000), cut1[2]!],
      [inv('FE', '4', 50_000, 50_000), inv('FE', '2', 200_000, 200_000)],
    );
    expect(pick(cut3)).toEqual(['FE1:A', 'FE3:I', 'FE4:E']);
  });

  it('refuses an absent invoice without figures, and an invoice twice in the cut', () => {
    const previous = updateIndicators(null, cut1);
    expect(refusal(() => updateIndicators(previous, [cut1[0]!, cut1[1]!]), C.faltanCifras)).toBe(
      'Corte anterior: la factura FE-3 se reportó y ya no está en este corte: faltan sus cifras para reportarla como eliminada (E).',
    );
    expect(refusal(() => updateIndicators(previous, [...cut1, inv('fe', '2', 1, 0)]), C.facturaRepetida)).toBe(
      'Corte actual: la factura FE-2 aparece dos veces.',
    );
  });
});
