/**
 * settings.*: the institution (letterhead, bank, national authority), signatories, logos and reference units.
 */
import { z } from 'zod';
import { read, write } from './method';
import {
  id,
  positiveCents,
  text,
  requiredText,
  profile,
  referenceUnitKind,
  empty,
  clabe,
  optionalEmail,
} from './schemas';
import type * as T from './types';

export const institutionInput = z
  .object({
    profile,
    name: requiredText('El nombre de la institución', 300),
    shortName: text(100).default(''),
    regime: text(300).default(''),
    taxId: text(30).default(''),
    ownStateCode: z
      .string()
      .regex(/^(0[1-9]|[12]\d|3[0-2])$/, 'Clave INEGI de entidad no válida (01–32)')
      .nullable()
      .default(null),
    city: text(100).default(''),
    cityLine: text(150).default(''),
    address: text(300).default(''),
    phone: text(100).default(''),
    email: optionalEmail,
    letterheadLines: z.array(text(200)).max(6, 'Como máximo seis líneas de membrete').default([]),
    slogan: text(300).default(''),
    bankDenomination: text(200).default(''),
    bankName: text(100).default(''),
    bankAccount: text(40).default(''),
    bankClabe: clabe,
    bankAccountType: text(60).default(''),
    defaultPaymentTermDays: z
      .number()
      .int()
      .min(1, 'El plazo debe ser de al menos un día')
      .max(365, 'El plazo no puede exceder 365 días')
      .default(30),
    /** Calendar days of cobro prejurídico before the expediente passes to jurídico; kept when not sent. */
    prejuridicoDays: z
      .number({ message: 'Escriba la duración del cobro prejurídico en días' })
      .int('La duración del cobro prejurídico es un número entero de días')
      .min(1, 'El cobro prejurídico dura al menos un día')
      .max(365, 'El cobro prejurídico no puede durar más de 365 días')
      .optional(),
    nationalAuthorityName: text(300).default(''),
    nationalAuthorityTitle: text(40).default(''),
    nationalAuthorityAddressee: text(200).default(''),
    nationalAuthorityPosition: text(300).default(''),
    nationalAuthorityAddress: text(400).default(''),
    referenceUnitKind: referenceUnitKind.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.profile === 'MX' && !v.ownStateCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownStateCode'],
        message: 'Elija la entidad federativa de la institución',
      });
    }
  });

export const signatoryInput = z.object({
  id: id.optional(),
  title: text(40).default(''),
  name: requiredText('El nombre del firmante', 200),
  position: requiredText('El cargo del firmante', 200),
  initials: text(20).default(''),
  active: z.boolean().default(true),
});

export const settingsMethods = {
  'settings.get': read<T.Settings>()(empty),
  'settings.saveInstitution': write<T.Institution>()(institutionInput),
  'settings.completeSetup': write<T.Settings>()(
    z.object({
      institution: institutionInput,
      signatories: z.array(signatoryInput).max(20).default([]),
      loadDemo: z.boolean().default(false),
    }),
  ),
  'settings.saveSignatories': write<T.Signatory[]>()(z.object({ signatories: z.array(signatoryInput).max(20) })),
  'settings.setReferenceUnit': write<T.ReferenceUnit[]>()(
    z.object({
      kind: referenceUnitKind,
      year: z.number().int().min(1990, 'Año no válido').max(2100, 'Año no válido'),
      /** SMMLV: the monthly value; UMA and salario mínimo: the DAILY value, as published. */
      valueCents: positiveCents,
      /** Where the figure comes from (decree, DOF publication); omitted keeps the one on record. */
      source: text(300).optional(),
    }),
  ),
  'settings.setLogo': write<T.Institution>()(
    z.object({
      slot: z.enum(['left', 'right']),
      /** null removes the logo. */
      image: z
        .object({
          fileName: text(255).default(''),
          dataBase64: z.string().min(1, 'El archivo está vacío').max(3_000_000, 'La imagen excede 2 MB'),
        })
        .nullable(),
    }),
  ),
} as const;
