/**
 * The letter exactly as printed, as JSON (stored in documents.letter at issue):
 * the PDF layout model with the logos referenced by asset id instead of bytes.
 * Rendering a frozen letter always gives the same PDF, so an interrupted
 * issue can be finished later with the same result.
 */
import { foldText } from '../../../shared/domain/text';
import { DocumentErrorCodes } from '../../../shared/api/errors-documents';
import { DomainError } from '../../../shared/api/errors';
import type { Institution } from '../../../shared/api/types';
import { amountInWords } from '../../../shared/domain/amount-in-words';
import { placeAndDate, periodInWords } from '../../../shared/domain/date-words';
import { formatDate } from '../../../shared/domain/dates';
import type { DocumentTypeDef } from '../../../shared/domain/documents/types';
import { formatMoney } from '../../../shared/domain/money';
import { getAsset } from '../../../db/repositories/settings';
import type { ReadContext } from '../../core/context';
import type { LetterImage, LetterModel, LetterTable } from '../../adapters/pdf/letter-model';
import type { LetterContext } from '../templates/context';
import { agreementParts } from './agreement-letter';
import type { RenderedLetter } from '../templates/engine';

export type FrozenLetter = Omit<LetterModel, 'letterhead'> & {
  letterhead: { lines: string[]; logoLeftAssetId: number | null; logoRightAssetId: number | null };
};

export interface FreezeOptions {
  number: string | null;
  watermark: string | null;
  /** Fixed instant written in the PDF's metadata (the issue instant). */
  createdAt: string;
  addressLines: string[];
  ccp: string[];
  drafterInitials: string;
}

function invoiceTable(type: DocumentTypeDef, c: LetterContext, locale: 'es-MX' | 'es-CO'): LetterTable {
  const money = (v: number) => formatMoney(v, locale);
  const words = `(${amountInWords(c.perfil === 'MX' ? c.total : c.saldo, c.perfil === 'MX' ? 'MXN' : 'COP')})`;
  if (type.tableColumns.includes('HOJA DE CÁLCULO')) {
    return {
      headers: [...type.tableColumns],
      rows: c.facturas.map((f) => [f.hoja, periodInWords(f.mes).toLocaleUpperCase('es'), money(f.monto), f.numero]),
      align: ['left', 'center', 'right', 'center'],
      totalRow: ['', 'TOTAL', money(c.total), ''],
      totalInWords: words,
    };
  }
  // Estado de cuenta (CO): FACTURA | FECHA | VALOR | SALDO | DÍAS DE MORA.
  return {
    headers: [...type.tableColumns],
    rows: c.facturas.map((f) => [
      f.numero,
      formatDate(f.fecha),
      money(f.monto),
      money(f.saldo),
      String(f.dias_vencidos),
    ]),
    align: ['left', 'center', 'right', 'right', 'right'],
    totalRow: ['TOTAL', '', money(c.total), money(c.saldo), ''],
    totalInWords: words,
  };
}

function hasBank(c: LetterContext): boolean {
  return Boolean(c.banco.cuenta || c.banco.clabe);
}

export function freezeLetter(
  inst: Institution,
  type: DocumentTypeDef,
  c: LetterContext,
  rendered: RenderedLetter,
  o: FreezeOptions,
): FrozenLetter {
  // An acuerdo de pago: its schedule mark taken out of the paragraphs, its own tables, heading and signers.
  const agreement = type.kind === 'acuerdo' ? agreementParts(inst, type, c, rendered) : null;
  const r = agreement?.rendered ?? rendered;
  const split = r.tableAt ?? 0;
  const withTable =
    type.invoiceTable && r.tableAt !== null && (agreement ? agreement.table !== null : c.facturas.length > 0);
  const withBank = type.bankBlock && r.bankAt !== null && hasBank(c);
  const bodyBefore = r.paragraphs.slice(0, split);
  const bodyAfter = r.paragraphs.slice(split);
  return {
    kindLabel: type.kindLabel,
    number: o.number,
    letterhead: {
      lines: inst.letterheadLines.length > 0 ? inst.letterheadLines : [inst.name, inst.regime].filter(Boolean),
      logoLeftAssetId: inst.logoLeftAssetId,
      logoRightAssetId: inst.logoRightAssetId,
    },
    placeAndDate: placeAndDate(c.institucion.ciudad, c.fecha),
    asunto: r.asunto,
    ...(type.kind !== 'acuerdo' && c.caso.folio ? { caseFolio: c.caso.folio } : {}),
    addressee: {
      title: c.destinatario.titulo,
      name: c.destinatario.nombre,
      position: c.destinatario.cargo,
      institution: c.destinatario.institucion,
      // A state's address may be just its name, which the institution line already says.
      addressLines: o.addressLines.filter((l) => foldText(l) !== foldText(c.destinatario.institucion)),
    },
    salutation: 'PRESENTE',
    bodyBefore,
    table: withTable ? (agreement?.table ?? invoiceTable(type, c, inst.locale)) : null,
    bodyAfter,
    ...(withBank ? { bankAt: Math.max(0, (r.bankAt ?? 0) - split) } : {}),
    bank: withBank
      ? {
          denomination: c.banco.denominacion,
          bank: c.banco.banco,
          account: c.banco.cuenta,
          clabe: c.banco.clabe,
          accountType: c.banco.tipo_cuenta,
        }
      : null,
    closing: 'ATENTAMENTE',
    slogan: inst.slogan,
    signers: c.firmantes.map((f) => ({ name: f.nombre, position: f.cargo })),
    ccp: o.ccp,
    drafterInitials: o.drafterInitials,
    footer: { address: inst.address, phone: inst.phone, email: inst.email },
    meta: {
      title: `${type.kindLabel} ${o.number ?? 'BORRADOR'} — ${r.asunto}`,
      author: inst.name,
      createdAt: o.createdAt,
    },
    watermark: o.watermark,
    ...(agreement ? agreement.overrides(split) : {}),
  };
}

function logo(ctx: ReadContext, id: number | null): LetterImage | null {
  if (id === null) return null;
  const a = getAsset(ctx.db, id);
  if (!a) throw new DomainError(DocumentErrorCodes.missingLogo, `No se encontró el logo (archivo ${id}) del membrete.`);
  return { data: a.data, mime: a.mime === 'image/jpeg' ? 'image/jpeg' : 'image/png' };
}

/** The layout model with the logo bytes read back from the database. */
export function hydrateLetter(ctx: ReadContext, f: FrozenLetter): LetterModel {
  const { logoLeftAssetId, logoRightAssetId, lines } = f.letterhead;
  return { ...f, letterhead: { lines, logoLeft: logo(ctx, logoLeftAssetId), logoRight: logo(ctx, logoRightAssetId) } };
}
