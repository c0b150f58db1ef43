import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, DateWordsError, monthName, periodInWords, placeAndDate } from '../../shared/domain/date-words';

const MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');

describe('dateInWords', () => {
  it.each([
    ['2026-02-03', '3 de febrero de 2026'],
    ['2026-01-01', '1 de enero de 2026'],
    ['2025-12-31', '31 de diciembre de 2025'],
    ['2025-07-10', '10 de julio de 2025'],
    ['2024-02-29', '29 de febrero de 2024'],
    ['2000-02-29', '29 de febrero de 2000'],
    ['2026-09-15', '15 de septiembre de 2026'],
  ])('%s → %s', (iso, words) => {
    expect(dateInWords(iso)).toBe(words);
  });

  it('does not depend on the time zone (no Date parsing of the string)', () => {
    // Midnight UTC dates shift a day in negative offsets when parsed with Date.
    const old = process.env.TZ;
    try {
      for (const tz of ['America/Mexico_City', 'America/Bogota', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(dateInWords('2026-01-01')).toBe('1 de enero de 2026');
      }
    } finally {
      if (old === undefined) delete process.env.TZ;
      else process.env.TZ = old;
    }
  });

  it.each([
    '2026-2-3',
    '03/02/2026',
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-00',
    '',
    '2026-02-03T00:00:00Z',
    '0000-01-01',
  ])('rejects %j with a Spanish error', (bad) => {
    expect(() => dateInWords(bad)).toThrow(DateWordsError);
    expect(() => dateInWords(bad)).toThrow(/Fecha no válida/);
  });

  it('agrees with the UTC calendar for every day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(dateInWords(iso)).toBe(`${d.getUTCDate()} de ${MONTHS[d.getUTCMonth()]} de ${d.getUTCFullYear()}`);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('placeAndDate', () => {
  it('joins city line and date', () => {
    expect(placeAndDate('Guadalajara, Jal.', '2026-02-03')).toBe('Guadalajara, Jal., 3 de febrero de 2026');
    expect(placeAndDate('Bogotá D.C.', '2025-07-01')).toBe('Bogotá D.C., 1 de julio de 2025');
  });
  it('an empty city line gives just the date', () => {
    expect(placeAndDate('', '2026-02-03')).toBe('3 de febrero de 2026');
    expect(placeAndDate('   ', '2026-02-03')).toBe('3 de febrero de 2026');
  });
  it('trims and does not double a trailing comma', () => {
    expect(placeAndDate('  Guadalajara, Jal.,  ', '2026-02-03')).toBe('Guadalajara, Jal., 3 de febrero de 2026');
  });
  it('rejects an invalid date even with a city', () => {
    expect(() => placeAndDate('Guadalajara, Jal.', '2026-02-30')).toThrow(DateWordsError);
  });
});

describe('monthName and periodInWords', () => {
  it('names the twelve months in lower case', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1))).toEqual(MONTHS);
  });
  it.each([0, 13, 1.5, -1, Number.NaN])('monthName(%s) throws', (m) => {
    expect(() => monthName(m)).toThrow(/Mes no válido/);
  });
  it('periodInWords', () => {
    expect(periodInWords('2025-07')).toBe('julio de 2025');
    expect(periodInWords('2026-01')).toBe('enero de 2026');
    expect(periodInWords('2026-12')).toBe('diciembre de 2026');
  });
  it.each(['2025-7', '2025-13', '2025-00', '2025-07-01', '07-2025', ''])('periodInWords(%j) throws', (bad) => {
    expect(() => periodInWords(bad)).toThrow(/Periodo no válido/);
  });
});
