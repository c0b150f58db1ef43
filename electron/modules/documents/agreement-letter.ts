/**
 * What an acuerdo de pago prints beyond a letter (domain README §Letters, §Acuerdos de pago): the debt
 * per invoice at `{{ tabla }}`, the schedule at `{{ acuerdo.tabla_cuotas }}`,
 * a centred title instead of the addressee block, and two signature blocks:
 * the creditor's signers and the debtor's representative.
 */
import type { Institution } from '../../../shared/api/types';
import { amountInWords } from '../../../shared/domain/amount-in-words';
import { formatDate } from '../../../shared/domain/dates';
import type { DocumentTypeDef } from '../../../shared/domain/documents/types';
import { TABLE_CUOTAS_ACUERDO } from '../../../shared/domain/documents/types';
import { formatMoney, sumCents } from '../../../shared/domain/money';
import type { LetterModel, LetterTable } from '../../adapters/pdf/letter-model';
import { SCHEDULE_TABLE_MARK, type AcuerdoContext, type LetterContext } from '../templates/context';
import type { RenderedLetter } from '../templates/engine';

export interface AgreementParts {
  /** The rendered letter without the schedule mark (indexes shifted accordingly). */
  rendered: RenderedLetter;
  /** The debt table; null when the agreement has no invoices (a template preview without data). */
  table: LetterTable | null;
  /** Fields of the frozen letter that differ from a letter, given the paragraphs before the main table. */
  overrides(split: number): Pick<LetterModel, 'heading' | 'salutation' | 'closing' | 'signers' | 'tables'>;
}

function debtTable(a: AcuerdoContext, headers: readonly string[], money: (c: number) => string): LetterTable {
  return {
    headers: [...headers],
    rows: [
      ...a.facturas.map((f) => [
        f.numero,
        formatDate(f.vencimiento),
        money(f.capital),
        money(f.intereses),
        money(f.total),
      ]),
      ...(a.costas > 0 ? [['Costas del proceso', '', '', '', money(a.costas)]] : []),
    ],
    align: ['left', 'center', 'right', 'right', 'right'],
    totalRow: ['TOTAL DE LA DEUDA', '', money(a.capital), money(a.intereses_mora), money(a.deuda)],
    totalInWords: `(${amountInWords(a.deuda, 'COP')})`,
  };
}

export function scheduleTable(a: AcuerdoContext, money: (c: number) => string): LetterTable {
  return {
    headers: [...TABLE_CUOTAS_ACUERDO],
    rows: a.cuotas.map((q) => [
      q.numero === 0 ? 'Inicial' : String(q.numero),
      formatDate(q.fecha),
      money(q.cuota),
      money(q.capital),
      money(q.interes),
      money(q.saldo),
    ]),
    align: ['center', 'center', 'right', 'right', 'right', 'right'],
    totalRow: [
      'TOTAL',
      '',
      money(a.total),
      money(sumCents(a.cuotas.map((q) => q.capital))),
      money(sumCents(a.cuotas.map((q) => q.interes))),
      '',
    ],
    totalInWords: `(${amountInWords(a.total, 'COP')})`,
  };
}

/** Removes the schedule mark from the paragraphs; returns where it was (null when the template has none). */
function withoutMark(r: RenderedLetter): { rendered: RenderedLetter; markAt: number | null } {
  const i = r.paragraphs.indexOf(SCHEDULE_TABLE_MARK);
  if (i === -1) return { rendered: r, markAt: null };
  const shift = (at: number | null) => (at !== null && at > i ? at - 1 : at);
  return {
    rendered: {
      ...r,
      paragraphs: r.paragraphs.filter((_, j) => j !== i),
      tableAt: shift(r.tableAt),
      bankAt: shift(r.bankAt),
    },
    markAt: i,
  };
}

export function agreementParts(
  inst: Institution,
  type: DocumentTypeDef,
  c: LetterContext,
  r: RenderedLetter,
): AgreementParts {
  const a = c.acuerdo;
  const money = (v: number) => formatMoney(v, inst.locale);
  const { rendered, markAt } = withoutMark(r);
  const creditor = inst.name;
  const debtorName = a.deudor.nombre || c.entidad.nombre;
  // A contrato de transacción is printed as such (its document type, and so its number, is the acuerdo's).
  const kindLabel = a.tipo === 'contrato de transacción' ? 'CONTRATO DE TRANSACCIÓN' : type.kindLabel;
  const representative =
    a.deudor.representante || [c.destinatario.titulo, c.destinatario.nombre].filter(Boolean).join(' ');
  return {
    rendered,
    table: a.facturas.length > 0 ? debtTable(a, type.tableColumns, money) : null,
    overrides: (split) => ({
      kindLabel,
      heading: [
        kindLabel,
        `SUSCRITO ENTRE ${creditor} Y ${debtorName}`.toLocaleUpperCase('es'),
        ...(a.folio ? [`Folio ${a.folio}`] : []),
      ],
      salutation: '',
      closing: '',
      signers: [
        ...c.firmantes.map((f) => ({
          name: f.nombre,
          position: `${f.cargo}\n${creditor}`,
          caption: 'POR EL ACREEDOR',
        })),
        {
          name: representative,
          position: `${a.deudor.cargo || c.destinatario.cargo || 'Representante legal'}\n${debtorName}${a.deudor.nit ? ` — NIT ${a.deudor.nit}` : ''}`,
          caption: 'POR EL DEUDOR',
        },
      ],
      ...(markAt !== null && a.cuotas.length > 0
        ? { tables: [{ at: Math.max(0, markAt - split), table: scheduleTable(a, money) }] }
        : {}),
    }),
  };
}
