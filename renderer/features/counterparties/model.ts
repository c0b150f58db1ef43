import type { z } from 'zod';
import type { Input } from '../../../shared/api/contract';
import { counterpartyInput } from '../../../shared/api/counterparties';
import type { Counterparty, Profile } from '../../../shared/api/types';
import {
  COUNTERPARTY_KINDS,
  NATURALEZA_JURIDICA,
  type CounterpartyKind,
  type NaturalezaJuridica,
} from '../../../shared/domain/catalogs';
import type { FieldErrors } from '../../lib/form';

export type CounterpartyInput = Input<'counterparties.create'>;

/** The form's state: the contract's input, with no kind chosen yet for a new entity. */
export type CounterpartyDraft = Omit<z.output<typeof counterpartyInput>, 'kind'> & { kind: CounterpartyKind | null };

export function emptyCounterparty(profile: Profile): CounterpartyDraft {
  return {
    kind: profile === 'MX' ? 'otra' : null,
    name: '',
    shortName: '',
    taxId: '',
    naturalezaJuridica: null,
    abbreviation: '',
    addresseeTitle: '',
    addresseeName: '',
    addresseePosition: '',
    street: '',
    colony: '',
    city: '',
    stateName: '',
    postalCode: '',
    phone: '',
    email: '',
    contacts: [],
    bankName: '',
    bankAccount: '',
    bankClabe: '',
    bankDenomination: '',
    intervenida: false,
    enLiquidacion: false,
    bdme: false,
    notes: '',
    active: true,
  };
}

export function draftFromCounterparty(c: Counterparty): CounterpartyDraft {
  return {
    kind: c.kind,
    name: c.name,
    shortName: c.shortName,
    taxId: c.taxId,
    naturalezaJuridica: c.naturalezaJuridica,
    abbreviation: c.abbreviation,
    addresseeTitle: c.addresseeTitle,
    addresseeName: c.addresseeName,
    addresseePosition: c.addresseePosition,
    street: c.street,
    colony: c.colony,
    city: c.city,
    stateName: c.stateName,
    postalCode: c.postalCode,
    phone: c.phone,
    email: c.email,
    contacts: c.contacts.map((x) => ({ ...x })),
    bankName: c.bankName,
    bankAccount: c.bankAccount,
    bankClabe: c.bankClabe,
    bankDenomination: c.bankDenomination,
    intervenida: c.intervenida,
    enLiquidacion: c.enLiquidacion,
    bdme: c.bdme,
    notes: c.notes,
    active: c.active,
  };
}

export function draftToInput(d: CounterpartyDraft): CounterpartyInput {
  const { kind, contacts, bankClabe, ...rest } = d;
  return {
    ...(rest as Omit<CounterpartyInput, 'kind' | 'contacts' | 'bankClabe'>),
    kind: (kind ?? '') as CounterpartyKind,
    bankClabe: bankClabe.replace(/\s+/g, ''),
    contacts: contacts.filter((c) => [c.name, c.position, c.phone, c.email].some((v) => v.trim() !== '')),
  };
}

export function validateCounterparty(d: CounterpartyDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!d.kind) errors.kind = 'Elija el tipo de entidad';
  const r = counterpartyInput.safeParse(draftToInput(d));
  if (!r.success) {
    for (const i of r.error.issues) {
      const key = i.path.map(String).join('.') || '_form';
      if (!(key in errors)) errors[key] = i.message;
    }
  }
  return errors;
}

export function kindLabel(kind: CounterpartyKind): string {
  return COUNTERPARTY_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** Short label for tables ("EPS", "IPS"…). */
export function kindShort(kind: CounterpartyKind): string {
  const l = kindLabel(kind);
  return l.replace(/\s*\(.*\)$/, '');
}

export function kindsFor(profile: Profile) {
  return COUNTERPARTY_KINDS.filter((k) => k.profile === profile || k.profile === 'ANY');
}

export function naturalezaLabel(v: NaturalezaJuridica | null): string {
  if (!v) return '';
  return NATURALEZA_JURIDICA.find((n) => n.value === v)?.label ?? v;
}

export const NATURALEZA_OPTIONS = [
  {
    group: 'Privada',
    items: NATURALEZA_JURIDICA.filter((n) => n.group === 'privada').map((n) => ({ value: n.value, label: n.label })),
  },
  {
    group: 'Pública',
    items: NATURALEZA_JURIDICA.filter((n) => n.group === 'publica').map((n) => ({ value: n.value, label: n.label })),
  },
  {
    group: 'Persona natural',
    items: NATURALEZA_JURIDICA.filter((n) => n.group === 'persona_natural').map((n) => ({
      value: n.value,
      label: n.label,
    })),
  },
];
