/**
 * counterparties.*: the other states (32x32) and the entidades (cartera) we collect from or pay.
 */
import { z } from 'zod';
import { read, write } from './method';
import { id, text, requiredText, page, pageSize, clabe, optionalEmail } from './schemas';
import type * as T from './types';
import { COUNTERPARTY_KIND_VALUES, NATURALEZA_JURIDICA_VALUES } from '../domain/catalogs';

export const contactSchema = z.object({
  name: text(200).default(''),
  position: text(200).default(''),
  phone: text(100).default(''),
  email: optionalEmail,
});

export const counterpartyInput = z.object({
  kind: z.enum(COUNTERPARTY_KIND_VALUES, { message: 'Tipo de entidad no válido' }),
  name: requiredText('El nombre', 300),
  shortName: text(100).default(''),
  taxId: text(30).default(''),
  naturalezaJuridica: z
    .enum(NATURALEZA_JURIDICA_VALUES, { message: 'Naturaleza jurídica no válida' })
    .nullable()
    .default(null),
  abbreviation: text(20).default(''),
  addresseeTitle: text(40).default(''),
  addresseeName: text(200).default(''),
  addresseePosition: text(200).default(''),
  street: text(300).default(''),
  colony: text(150).default(''),
  city: text(100).default(''),
  stateName: text(100).default(''),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{5,6})?$/, 'Código postal no válido')
    .default(''),
  phone: text(100).default(''),
  email: optionalEmail,
  contacts: z.array(contactSchema).max(20).default([]),
  bankName: text(100).default(''),
  bankAccount: text(40).default(''),
  bankClabe: clabe,
  bankDenomination: text(200).default(''),
  intervenida: z.boolean().default(false),
  enLiquidacion: z.boolean().default(false),
  bdme: z.boolean().default(false),
  notes: text(2000).default(''),
  active: z.boolean().default(true),
});

export const counterpartiesMethods = {
  'counterparties.list': read<T.Page<T.CounterpartyRow>>()(
    z.object({
      search: text(100).optional(),
      kind: z.enum(COUNTERPARTY_KIND_VALUES).optional(),
      includeInactive: z.boolean().default(false),
      page,
      pageSize,
    }),
  ),
  'counterparties.get': read<T.CounterpartyDetail>()(z.object({ id })),
  'counterparties.create': write<T.Counterparty>()(counterpartyInput),
  'counterparties.update': write<T.Counterparty>()(counterpartyInput.extend({ id })),
} as const;
