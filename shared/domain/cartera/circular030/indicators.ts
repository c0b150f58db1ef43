/** The I/A/E indicator of a cut, from what the previous cut reported (domain README §Circular 030). */
import { Circular030ErrorCodes } from '../../../api/errors-cartera';
import { invoiceLabel, keyOf } from './format';
import { refuse } from './refuse';
import type { Circular030Invoice, Circular030Record, Indicador030, InvoiceKey030 } from './types';

/** An invoice's figures without a consecutive or indicator it may carry (a record read from an earlier file). */
function figuresOf(inv: Circular030Invoice): Circular030Invoice {
  const { consecutive: _c, indicator: _i, ...figures } = inv as Circular030Invoice & Partial<Circular030Record>;
  return figures;
}

/**
 * Sets the I/A/E indicator of this cut from what the previous cut reported
 * (domain README §Circular 030: the indicator needs the memory of earlier cuts).
 *
 * - `previous`: the previous cut's records (prefix, number and, if known,
 *   indicator); null for the first cut ever, so every invoice is I. A record
 *   the previous cut reported as E left the report then: it does not count as
 *   reported (if the invoice comes back it is I again, and it is not removed twice).
 * - `current`: the invoices to report at this cut, with their figures.
 * - `removedFigures`: the figures at this cut of invoices that may have left
 *   the report (paid, annulled, written off); the caller may pass more than
 *   needed: only those the previous cut reported and `current` lacks are used.
 *
 * Result, `current` in its order then the E records in the previous cut's
 * order: I for an invoice the previous cut did not report; A for one it
 * reported that still has a balance; E for one it reported whose balance is
 * now 0, and for each one it reported that `current` lacks (with its figures
 * from `removedFigures`; missing figures are an error, never a guess).
 * Invoices match by prefix and number, upper-cased, trimmed and without
 * accents as the file writes them (normalizeText030).
 */
export function updateIndicators(
  previous: readonly (InvoiceKey030 & { indicator?: Indicador030 })[] | null,
  current: readonly Circular030Invoice[],
  removedFigures: readonly Circular030Invoice[] = [],
): Omit<Circular030Record, 'consecutive'>[] {
  const stillReported = (previous ?? []).filter((p) => p.indicator !== 'E');
  const reported = new Set(stillReported.map(keyOf));
  const seen = new Set<string>();
  const out: Omit<Circular030Record, 'consecutive'>[] = current.map((inv) => {
    const key = keyOf(inv);
    if (seen.has(key)) {
      refuse(
        Circular030ErrorCodes.facturaRepetida,
        'Corte actual',
        `la factura ${invoiceLabel(inv)} aparece dos veces.`,
        {
          factura: invoiceLabel(inv),
        },
      );
    }
    seen.add(key);
    const indicator: Indicador030 = !reported.has(key) ? 'I' : inv.balanceCents > 0 ? 'A' : 'E';
    return { ...figuresOf(inv), indicator };
  });
  const figures = new Map(removedFigures.map((inv) => [keyOf(inv), inv]));
  for (const prev of stillReported) {
    const key = keyOf(prev);
    if (seen.has(key)) continue;
    seen.add(key);
    const inv = figures.get(key);
    if (!inv) {
      refuse(
        Circular030ErrorCodes.faltanCifras,
        'Corte anterior',
        `la factura ${invoiceLabel(prev)} se reportó y ya no está en este corte: faltan sus cifras para reportarla como eliminada (E).`,
        { factura: invoiceLabel(prev) },
      );
    }
    out.push({ ...figuresOf(inv), indicator: 'E' });
  }
  return out;
}
