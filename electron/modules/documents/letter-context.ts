/**
 * The LetterContext a template sees. One place, so the preview, the issued
 * letter and a batch letter say exactly the same.
 *
 * A letter of a 32x32 case states the case's own facts (letter-facts.ts in
 * shared/domain/portabilidad): its amounts, periods, plazo, day counts and
 * cited oficios come from the case's timeline, never from the counterparty
 * at large nor from a date rebuilt from the letter's own. Any other letter
 * states what its invoices say, at the letter's date. Who it is addressed to
 * depends on its type (documents/types.ts `addressee`). A fact that cannot be
 * stated truly refuses the letter with a Spanish message naming it.
 *
 * Its parts, by job: letter-source.ts (what a letter is built from, its
 * refusals), letter-addressee.ts (addressee, address lines, signers),
 * letter-invoices.ts (a letter outside a case: its invoices at its date).
 */
import { ErrorCodes } from '../../../shared/api/errors';
import type { Institution } from '../../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { documentType, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { caseLetterFacts, LETTER_FACTS, type CaseLetterFacts } from '../../../shared/domain/portabilidad/letter-facts';
import { getCase } from '../../../db/repositories/cases';
import { caseTimeline } from '../../../db/repositories/case-timeline';
import { getCounterparty } from '../../../db/repositories/counterparties';
import type { ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';
import { acuerdoContext } from './agreement-context';
import { emptyLetterContext, type LetterContext } from '../templates/context';
import { caseLetterFields } from './case-letter-fields';
import { addresseeOf, chosenSigners, joinNonEmpty, signerName } from './letter-addressee';
import { withInvoiceFields } from './letter-invoices';
import { refuse, typedReference, type LetterSource } from './letter-source';

/** In pagos we pay into the creditor's account, not ours. */
const CREDITOR_BANK_TYPES: DocumentTypeKey[] = ['memo_solicitud_pago'];

// ─── a letter of a 32x32 case ───────────────────────────────────────────────

/** The case's facts for the letter, or null when it is not a case letter whose type states case facts. */
function caseFactsOf(ctx: ReadContext, src: LetterSource): { facts: CaseLetterFacts; folio: string } | null {
  if (src.caseId === null || !LETTER_FACTS[src.docType]) return null;
  const c = getCase(ctx.db, src.caseId);
  if (!c) refuse(ErrorCodes.notFound, `No existe el caso ${src.caseId} del documento.`);
  const r = caseLetterFacts(caseTimeline(ctx.sqlite, c), src.docType, src.date, src.documentId);
  if (!r.ok) refuse(r.code, r.message);
  return { facts: r.facts, folio: c.folio };
}

function ownStateName(inst: Institution): string {
  return ENTIDADES_FEDERATIVAS.find((e) => e.inegi === inst.ownStateCode)?.name ?? '';
}

/** A case letter: the case's facts. */
function withCaseFields(
  base: LetterContext,
  src: LetterSource,
  ofCase: { facts: CaseLetterFacts; folio: string },
  defaultPlazo: number,
): LetterContext {
  const { periodo, periodo_fin, ...fields } = caseLetterFields(
    src.docType,
    ofCase.facts,
    src.data,
    typedReference(src),
    defaultPlazo,
  );
  return {
    ...base,
    ...fields,
    caso: { folio: ofCase.folio, periodo, periodo_fin, etapa: documentType(src.docType).label },
  };
}

export function buildLetterContext(ctx: ReadContext, src: LetterSource, numero: string): LetterContext {
  const inst = requireInstitution(ctx);
  const type = documentType(src.docType);
  const cp = src.counterpartyId === null ? undefined : getCounterparty(ctx.db, src.counterpartyId);
  if (src.counterpartyId !== null && !cp)
    refuse(ErrorCodes.notFound, `No existe la entidad con identificador ${src.counterpartyId}.`);
  const d = src.data;
  const area = d.area || inst.shortName || inst.name;
  const creditorBank = CREDITOR_BANK_TYPES.includes(src.docType) && cp;
  const ofCase = caseFactsOf(ctx, src);
  const defaultPlazo = d.plazoDias || inst.defaultPaymentTermDays;
  const base: LetterContext = {
    ...emptyLetterContext(inst.profile),
    numero,
    fecha: src.date,
    asunto: d.asunto,
    institucion: {
      nombre: inst.name,
      siglas: inst.shortName,
      area,
      ciudad: inst.cityLine || inst.city,
      estado: inst.profile === 'MX' ? ownStateName(inst) : '',
      direccion: inst.address,
      telefono: inst.phone,
      correo: inst.email,
    },
    destinatario: addresseeOf(ctx, inst, type, cp, d.addressee),
    entidad: { nombre: cp?.name ?? '', estado: cp?.stateName ?? '', id_fiscal: cp?.taxId ?? '' },
    firmantes: chosenSigners(ctx, d.signatoryIds).map((s) => ({ nombre: signerName(s), cargo: s.position })),
    fecha_corte: src.date,
    autoridad_nacional: inst.nationalAuthorityName,
    banco: creditorBank
      ? {
          denominacion: cp.bankDenomination || cp.name,
          banco: cp.bankName,
          cuenta: cp.bankAccount,
          clabe: cp.bankClabe,
          tipo_cuenta: '',
        }
      : {
          denominacion: inst.bankDenomination || inst.name,
          banco: inst.bankName,
          cuenta: inst.bankAccount,
          clabe: inst.bankClabe,
          tipo_cuenta: inst.bankAccountType,
        },
    observaciones: d.observaciones,
    documentos_faltantes: d.documentosFaltantes,
    citacion: { fecha: d.citacion.fecha, hora: d.citacion.hora, lugar: d.citacion.lugar },
    texto: d.texto,
  };
  const out = ofCase
    ? withCaseFields(base, src, ofCase, defaultPlazo)
    : withInvoiceFields(ctx, base, src, type, defaultPlazo);
  if (type.kind === 'acuerdo') {
    // The agreement named by the folio; its debtor signs through the representative the letter is addressed to.
    const acuerdo = acuerdoContext(ctx, d.caseFolio, cp, out.destinatario.direccion);
    const representative = joinNonEmpty([out.destinatario.titulo, out.destinatario.nombre], ' ');
    out.acuerdo = {
      ...acuerdo,
      nit_acreedor: inst.taxId,
      deudor: {
        ...acuerdo.deudor,
        representante: representative || acuerdo.deudor.representante,
        cargo: out.destinatario.cargo || acuerdo.deudor.cargo,
      },
    };
  }
  return out;
}
