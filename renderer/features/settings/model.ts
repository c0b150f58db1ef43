/**
 * Drafts of the institution and signatories as the forms hold them, and their
 * conversion to the contract's input. Validation uses the contract's own zod
 * schemas (institutionInput, signatoryInput), so client and backend agree.
 */
import { z } from 'zod';
import type { Input } from '../../../shared/api/contract';
import { institutionInput, signatoryInput } from '../../../shared/api/settings';
import type { Institution, Profile, ReferenceUnitKind, Signatory } from '../../../shared/api/types';
import type { FieldErrors } from '../../lib/form';

/** The form's state: the contract's input, with the plazo as typed (text until validated). */
export type InstitutionDraft = Omit<
  z.output<typeof institutionInput>,
  'defaultPaymentTermDays' | 'referenceUnitKind' | 'prejuridicoDays'
> & {
  defaultPaymentTermDays: number | string;
  prejuridicoDays: number | string;
  referenceUnitKind: ReferenceUnitKind;
};

export const NATIONAL_AUTHORITY_DEFAULT: Record<Profile, string> = {
  MX: 'Comisión Nacional de Protección Social en Salud',
  CO: 'Superintendencia Nacional de Salud',
};

export function emptyInstitution(profile: Profile): InstitutionDraft {
  return {
    profile,
    name: '',
    shortName: '',
    regime: '',
    taxId: '',
    ownStateCode: null,
    city: '',
    cityLine: '',
    address: '',
    phone: '',
    email: '',
    letterheadLines: [''],
    slogan: '',
    bankDenomination: '',
    bankName: '',
    bankAccount: '',
    bankClabe: '',
    bankAccountType: '',
    defaultPaymentTermDays: 30,
    prejuridicoDays: 90,
    nationalAuthorityName: NATIONAL_AUTHORITY_DEFAULT[profile],
    nationalAuthorityTitle: '',
    nationalAuthorityAddressee: '',
    nationalAuthorityPosition: '',
    nationalAuthorityAddress: '',
    referenceUnitKind: profile === 'CO' ? 'SMMLV' : 'UMA',
  };
}

export function draftFromInstitution(i: Institution): InstitutionDraft {
  return {
    profile: i.profile,
    name: i.name,
    shortName: i.shortName,
    regime: i.regime,
    taxId: i.taxId,
    ownStateCode: i.ownStateCode,
    city: i.city,
    cityLine: i.cityLine,
    address: i.address,
    phone: i.phone,
    email: i.email,
    letterheadLines: i.letterheadLines.length > 0 ? [...i.letterheadLines] : [''],
    slogan: i.slogan,
    bankDenomination: i.bankDenomination,
    bankName: i.bankName,
    bankAccount: i.bankAccount,
    bankClabe: i.bankClabe,
    bankAccountType: i.bankAccountType,
    defaultPaymentTermDays: i.defaultPaymentTermDays,
    prejuridicoDays: i.prejuridicoDays,
    nationalAuthorityName: i.nationalAuthorityName,
    nationalAuthorityTitle: i.nationalAuthorityTitle,
    nationalAuthorityAddressee: i.nationalAuthorityAddressee,
    nationalAuthorityPosition: i.nationalAuthorityPosition,
    nationalAuthorityAddress: i.nationalAuthorityAddress,
    referenceUnitKind: i.referenceUnitKind,
  };
}

export type InstitutionInput = Input<'settings.saveInstitution'>;

const whole = (v: number | string) => (typeof v === 'number' ? v : Number.parseInt(v, 10));

/** Draft → API input. A non-numeric number of days is passed as NaN so validation reports it. */
export function institutionToInput(d: InstitutionDraft): InstitutionInput {
  const term = whole(d.defaultPaymentTermDays);
  return {
    profile: d.profile,
    name: d.name,
    shortName: d.shortName,
    regime: d.regime,
    taxId: d.taxId,
    ownStateCode: d.profile === 'MX' ? d.ownStateCode : null,
    city: d.city,
    cityLine: d.cityLine,
    address: d.address,
    phone: d.phone,
    email: d.email,
    letterheadLines: d.letterheadLines.map((l) => l.trim()).filter((l) => l !== ''),
    slogan: d.slogan,
    bankDenomination: d.bankDenomination,
    bankName: d.bankName,
    bankAccount: d.bankAccount,
    bankClabe: d.bankClabe.replace(/\s+/g, ''),
    bankAccountType: d.bankAccountType,
    defaultPaymentTermDays: term,
    prejuridicoDays: whole(d.prejuridicoDays),
    nationalAuthorityName: d.nationalAuthorityName,
    nationalAuthorityTitle: d.nationalAuthorityTitle,
    nationalAuthorityAddressee: d.nationalAuthorityAddressee,
    nationalAuthorityPosition: d.nationalAuthorityPosition,
    nationalAuthorityAddress: d.nationalAuthorityAddress,
    referenceUnitKind: d.profile === 'CO' ? 'SMMLV' : d.referenceUnitKind,
  };
}

/** Client validation of the institution with the contract's schema; errors keyed by field. */
export function validateInstitution(d: InstitutionDraft): FieldErrors {
  const input = institutionToInput(d);
  const errors: FieldErrors = {};
  if (!Number.isInteger(input.defaultPaymentTermDays))
    errors.defaultPaymentTermDays = 'Escriba el plazo de pago en días (número entero).';
  if (!Number.isInteger(input.prejuridicoDays))
    errors.prejuridicoDays = 'Escriba la duración del cobro prejurídico en días (número entero).';
  const r = institutionInput.safeParse(input);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = issue.path.map(String).join('.') || '_form';
      if (!(key in errors)) errors[key] = issue.message;
    }
  }
  return errors;
}

export interface SignatoryDraft {
  key: string;
  id?: number;
  title: string;
  name: string;
  position: string;
  initials: string;
  active: boolean;
}

let seq = 0;
export function emptySignatory(): SignatoryDraft {
  seq += 1;
  return { key: `s${Date.now()}-${seq}`, title: '', name: '', position: '', initials: '', active: true };
}

export function draftFromSignatory(s: Signatory): SignatoryDraft {
  return {
    key: `id${s.id}`,
    id: s.id,
    title: s.title,
    name: s.name,
    position: s.position,
    initials: s.initials,
    active: s.active,
  };
}

function isBlank(s: SignatoryDraft): boolean {
  return s.id === undefined && [s.title, s.name, s.position, s.initials].every((v) => v.trim() === '');
}

/** Drafts → API input; completely empty new rows are dropped. */
export function signatoriesToInput(list: SignatoryDraft[]): {
  input: Input<'settings.saveSignatories'>['signatories'];
  indexMap: number[];
} {
  const indexMap: number[] = [];
  const input: Input<'settings.saveSignatories'>['signatories'] = [];
  list.forEach((s, i) => {
    if (isBlank(s)) return;
    indexMap.push(i);
    input.push({
      ...(s.id !== undefined ? { id: s.id } : {}),
      title: s.title,
      name: s.name,
      position: s.position,
      initials: s.initials,
      active: s.active,
    });
  });
  return { input, indexMap };
}

/** Validates signatories; errors keyed 'signatories.<row>.<field>' with the row index in the editor. */
export function validateSignatories(list: SignatoryDraft[]): FieldErrors {
  const { input, indexMap } = signatoriesToInput(list);
  const r = z.array(signatoryInput).max(20, 'Como máximo 20 firmantes').safeParse(input);
  const errors: FieldErrors = {};
  if (!r.success) {
    for (const issue of r.error.issues) {
      const [row, ...rest] = issue.path;
      const key =
        typeof row === 'number' ? `signatories.${indexMap[row] ?? row}.${rest.map(String).join('.')}` : 'signatories';
      if (!(key in errors)) errors[key] = issue.message;
    }
  }
  return errors;
}

/** Server issue paths for signatories refer to the sent array; map them back to editor rows. */
export function remapSignatoryErrors(errors: FieldErrors, indexMap: number[], prefix = 'signatories.'): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) {
    const m = new RegExp(`^${prefix.replace('.', '\\.')}(\\d+)\\.(.*)$`).exec(k);
    if (m) out[`signatories.${indexMap[Number(m[1])] ?? m[1]}.${m[2]}`] = v;
    else out[k] = v;
  }
  return out;
}

/** Suggested initials from a name: "Juan Pérez López" → "JPL". */
export function suggestInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 2 || /^[A-ZÁÉÍÓÚÑ]/.test(w))
    .filter((w) => !/^(de|del|la|las|los|y)$/i.test(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 6);
}

export const REFERENCE_UNIT_LABELS: Record<ReferenceUnitKind, string> = {
  SMMLV: 'SMMLV (salario mínimo mensual legal vigente)',
  UMA: 'UMA (Unidad de Medida y Actualización, diaria)',
  SM: 'Salario mínimo general (diario)',
};

export const REFERENCE_UNIT_SHORT: Record<ReferenceUnitKind, string> = {
  SMMLV: 'SMMLV',
  UMA: 'UMA',
  SM: 'Salario mínimo',
};
