/**
 * Who a letter goes to and who signs it: the addressee by the letter's type
 * (documents/types.ts `addressee`) with what staff typed over it, the printed
 * address lines, and the chosen signatories.
 */
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { DocumentData, Institution, Signatory } from '../../../shared/api/types';
import { documentType, type DocumentTypeDef } from '../../../shared/domain/documents/types';
import type { CounterpartyRecord } from '../../../db/repositories/counterparties';
import { getCounterparty } from '../../../db/repositories/counterparties';
import { listSignatories } from '../../../db/repositories/settings';
import { memoAddresseeOf } from '../../../db/repositories/templates';
import type { ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';
import type { LetterContext } from '../templates/context';
import type { LetterSource } from './letter-source';

export const joinNonEmpty = (parts: (string | null | undefined)[], sep: string) =>
  parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(sep);

export function signerName(s: Pick<Signatory, 'title' | 'name'>): string {
  return joinNonEmpty([s.title, s.name], ' ');
}

/** «Centro» → «Col. Centro» in MX addresses; a colony already written with its prefix is left alone. */
function colonyLine(colony: string): string {
  const c = colony.trim();
  return c && !/^col(onia)?\.?\s/iu.test(c) ? `Col. ${c}` : c;
}

/** Street, colony, C.P. and city of a counterparty, one printed line each. */
export function addressLinesOf(cp: CounterpartyRecord): string[] {
  const mx = cp.kind === 'entidad_federativa';
  return [
    cp.street,
    joinNonEmpty([mx ? colonyLine(cp.colony) : cp.colony, cp.postalCode ? `C.P. ${cp.postalCode}` : ''], ', '),
    joinNonEmpty([cp.city, cp.stateName && cp.stateName !== cp.city ? cp.stateName : ''], ', '),
  ].filter((l) => l.trim() !== '');
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n|;\s*/u)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function chosenSigners(ctx: ReadContext, ids: number[]) {
  const all = listSignatories(ctx.db);
  if (ids.length === 0) {
    const first = all.find((s) => s.active);
    return first ? [first] : [];
  }
  return ids.map((id) => {
    const s = all.find((x) => x.id === id);
    if (!s)
      throw new DomainError(
        ErrorCodes.notFound,
        `No existe el firmante ${id}; revise la lista de firmantes en Configuración.`,
      );
    return s;
  });
}

type Addressee = LetterContext['destinatario'];

/** Who the letter goes to, by its type: what staff typed over the default of the type's source. */
export function addresseeOf(
  ctx: ReadContext,
  inst: Institution,
  type: DocumentTypeDef,
  cp: CounterpartyRecord | undefined,
  a: DocumentData['addressee'],
): Addressee {
  let base: Addressee = { titulo: '', nombre: '', cargo: '', institucion: '', direccion: '' };
  if (type.addressee === 'counterparty' && cp) {
    base = {
      titulo: cp.addresseeTitle,
      nombre: cp.addresseeName,
      cargo: cp.addresseePosition,
      institucion: cp.name,
      direccion: addressLinesOf(cp).join(', '),
    };
  } else if (type.addressee === 'national_authority') {
    base = {
      titulo: inst.nationalAuthorityTitle,
      nombre: inst.nationalAuthorityAddressee,
      cargo: inst.nationalAuthorityPosition,
      institucion: inst.nationalAuthorityName,
      direccion: splitLines(inst.nationalAuthorityAddress).join(', '),
    };
  } else if (type.addressee === 'internal') {
    const m = memoAddresseeOf(ctx.db, type.key);
    if (m) base = { titulo: m.title, nombre: m.name, cargo: m.position, institucion: m.institution, direccion: '' };
  }
  return {
    titulo: a.title || base.titulo,
    nombre: a.name || base.nombre,
    cargo: a.position || base.cargo,
    institucion: a.institution || base.institucion,
    direccion: a.address || base.direccion,
  };
}

/** The addressee's printed address lines: the override (one per line), else those of the type's addressee. */
export function addresseeLines(ctx: ReadContext, src: LetterSource): string[] {
  const override = src.data.addressee.address.trim();
  if (override) return splitLines(override);
  const type = documentType(src.docType);
  if (type.addressee === 'national_authority') return splitLines(requireInstitution(ctx).nationalAuthorityAddress);
  if (type.addressee !== 'counterparty') return [];
  const cp = src.counterpartyId === null ? undefined : getCounterparty(ctx.db, src.counterpartyId);
  return cp ? addressLinesOf(cp) : [];
}
