/**
 * Perfil CO demo catalog: a public hospital (E.S.E.) in Medellín and the
 * payers it bills. Company names are well-known payers of the Colombian
 * system; NIT check digits are computed with the DIAN algorithm; supervisory
 * flags, people and addresses are demo values, not statements about anyone.
 */
import type { Input } from '../../../shared/api/contract';
import type { CoPayer } from './co-payer';
import { CO_EPS_PAYERS } from './co-payers-eps';
import { CO_OTHER_PAYERS } from './co-payers-others';
import { nit } from './ids';

/** Every payer the demo bills: the EPS first, then the others. */
export const CO_PAYERS: readonly CoPayer[] = [...CO_EPS_PAYERS, ...CO_OTHER_PAYERS];

/** A demo E.S.E. for a fresh database (CLI). */
export function coDemoSetup(): Input<'settings.completeSetup'> {
  return {
    institution: {
      profile: 'CO',
      name: 'E.S.E. Hospital San Rafael',
      shortName: 'Hospital San Rafael',
      regime: 'Empresa Social del Estado del orden municipal — II nivel de complejidad',
      taxId: nit('890985703'),
      ownStateCode: null,
      city: 'Medellín',
      cityLine: 'Medellín, Antioquia',
      address: 'Carrera 51D No. 62-29, Medellín, Antioquia',
      phone: '604 444 7300',
      email: 'cartera@hospitalsanrafael.example.gov.co',
      letterheadLines: [
        'E.S.E. Hospital San Rafael',
        `NIT ${nit('890985703')}`,
        'Subgerencia Administrativa y Financiera — Oficina de Cartera',
      ],
      slogan: 'Salud con calidad y calidez humana',
      bankDenomination: 'E.S.E. Hospital San Rafael',
      bankName: 'Bancolombia S.A.',
      bankAccount: '102-453817-42',
      bankClabe: '',
      bankAccountType: 'Cuenta corriente',
      defaultPaymentTermDays: 30,
      nationalAuthorityName: 'Superintendencia Nacional de Salud',
      referenceUnitKind: 'SMMLV',
    },
    signatories: [
      { title: 'Dr.', name: 'Juan Guillermo Ochoa Vélez', position: 'Gerente', initials: 'JGOV' },
      {
        title: 'Dra.',
        name: 'Beatriz Elena Cadavid Mejía',
        position: 'Subgerente Administrativa y Financiera',
        initials: 'BECM',
      },
      {
        title: '',
        name: 'Diana Marcela Valencia Ruiz',
        position: 'Profesional Universitaria de Cartera',
        initials: 'DMVR',
      },
    ],
    loadDemo: false,
  };
}
