/**
 * Perfil MX demo catalog: the demo institution (a state health-protection
 * regime) and the types of care of its hojas; the addressee data for the
 * other states' health services is in ./mx-states.ts.
 */
import type { Input } from '../../../shared/api/contract';

/** Types of care as they appear in a hoja de cálculo of the national platform. */
export const MX_CARE_TYPES = [
  'Atención médica hospitalaria',
  'Atención de urgencias',
  'Consulta externa de especialidad',
  'Atención obstétrica (parto y cesárea)',
  'Cirugía general',
  'Hemodiálisis',
  'Atención neonatal (UCIN)',
  'Estudios de imagenología',
] as const;

/** A demo institution for a fresh database (CLI): a state regime in Guadalajara, Jalisco. */
export function mxDemoSetup(): Input<'settings.completeSetup'> {
  return {
    institution: {
      profile: 'MX',
      name: 'Régimen Estatal de Protección Social en Salud de Jalisco',
      shortName: 'REPSS Jalisco',
      regime: 'Organismo Público Descentralizado del Gobierno del Estado de Jalisco',
      taxId: 'RES150319JK4',
      ownStateCode: '14',
      city: 'Guadalajara',
      cityLine: 'Guadalajara, Jal.',
      address: 'Av. Fray Antonio Alcalde 1220, Col. Miraflores, C.P. 44270, Guadalajara, Jalisco',
      phone: '33 3030 4700',
      email: 'portabilidad@repss.jalisco.gob.mx',
      letterheadLines: [
        'Gobierno del Estado de Jalisco',
        'Secretaría de Salud Jalisco',
        'Régimen Estatal de Protección Social en Salud',
        'Dirección de Financiamiento — Enlace de Portabilidad',
      ],
      slogan: '2026, Año de la Salud Universal en Jalisco',
      bankDenomination: 'Régimen Estatal de Protección Social en Salud de Jalisco',
      bankName: 'BBVA México, S.A.',
      bankAccount: '0198765432',
      // 012 (BBVA) · 320 (Guadalajara) · 00198765432 · control digit 7.
      bankClabe: '012320001987654327',
      bankAccountType: 'Cuenta de cheques productiva',
      defaultPaymentTermDays: 30,
      nationalAuthorityName: 'Comisión Nacional de Protección Social en Salud (CNPSS)',
      referenceUnitKind: 'UMA',
    },
    signatories: [
      {
        title: 'Dr.',
        name: 'Alejandro Fregoso Camarena',
        position: 'Director General del Régimen Estatal de Protección Social en Salud de Jalisco',
        initials: 'AFC',
      },
      { title: 'Mtra.', name: 'Silvia Lorena Cuevas Anaya', position: 'Directora de Financiamiento', initials: 'SLCA' },
      {
        title: 'C.P.',
        name: 'Jorge Eduardo Padilla Ruvalcaba',
        position: 'Jefe del Departamento de Financiamiento y Balance',
        initials: 'JEPR',
      },
      { title: 'Lic.', name: 'Mónica Estrada Villalobos', position: 'Enlace de Portabilidad 32x32', initials: 'MEV' },
    ],
    loadDemo: false,
  };
}
