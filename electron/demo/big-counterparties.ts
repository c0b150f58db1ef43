/**
 * The benchmark data set's counterparties: plausible names, tax ids and
 * places for the profile, generated from the seeded Rng and inserted in one
 * bulk transaction.
 */
import type { Profile } from '../../shared/api/types';
import type { BulkCounterparty, BulkWriter } from '../../db/repositories/bulk';
import { nit } from './data/ids';
import { CO_DEPARTMENTS, CO_MUNICIPALITIES, EPS_WORDS, FIRST_NAMES, MX_CITIES, SAINTS, SURNAMES } from './data/names';
import { type Rng } from './data/random';

export interface GenCounterparty {
  id: number;
  abbr: string;
  /** 'entidad' (32x32), or the CO/MX kind of a generated one. */
  kind: string;
  name: string;
  receivableShare: number;
  minPesos: number;
  maxPesos: number;
}

/** ~2,000 plausible counterparties for the profile, inserted in one transaction. */
export function generateCounterparties(writer: BulkWriter, rng: Rng, profile: Profile, n: number): GenCounterparty[] {
  const out: (Omit<GenCounterparty, 'id'> & { values: BulkCounterparty })[] = [];
  const person = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`;
  const base = (over: Partial<BulkCounterparty> & Pick<BulkCounterparty, 'kind' | 'name'>): BulkCounterparty => ({
    shortName: '',
    taxId: '',
    naturalezaJuridica: null,
    abbreviation: '',
    city: '',
    stateName: '',
    intervenida: false,
    enLiquidacion: false,
    bdme: false,
    ...over,
  });
  for (let i = 0; i < n; i++) {
    const seq = String(i + 1).padStart(4, '0');
    if (profile === 'MX') {
      const [city, state] = rng.pick(MX_CITIES);
      const kind = rng.weighted<string>([
        ['hospital', 30],
        ['clinica', 30],
        ['laboratorio', 20],
        ['municipio', 10],
        ['persona', 10],
      ]);
      const name =
        kind === 'hospital'
          ? `Hospital ${rng.pick(SAINTS)} de ${city}`
          : kind === 'clinica'
            ? `Clínica ${rng.pick(SURNAMES)} de ${city}, S.A. de C.V.`
            : kind === 'laboratorio'
              ? `Laboratorio Clínico ${rng.pick(SURNAMES)} y Asociados, S.C.`
              : kind === 'municipio'
                ? `DIF Municipal de ${city}`
                : person();
      const rfc = `${name
        .replace(/[^A-Z]/g, '')
        .padEnd(3, 'X')
        .slice(
          0,
          3,
        )}${rng.int(60, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${rng.digits(3)}`;
      out.push({
        abbr: `PRV${seq}`,
        kind,
        name,
        receivableShare: kind === 'municipio' || kind === 'persona' ? 0.8 : 0.3,
        minPesos: 2_000,
        maxPesos: kind === 'hospital' ? 2_500_000 : 600_000,
        values: base({
          kind: 'otra',
          name,
          shortName: name.slice(0, 60),
          taxId: rfc,
          abbreviation: `PRV${seq}`,
          city,
          stateName: state,
        }),
      });
    } else {
      const [city, dept] = rng.pick(CO_MUNICIPALITIES);
      const kind = rng.weighted<string>([
        ['eps', 2],
        ['ips', 30],
        ['ente_territorial', 18],
        ['aseguradora', 2],
        ['persona_natural', 48],
      ]);
      let name: string;
      let naturaleza: string;
      let minPesos: number;
      let maxPesos: number;
      switch (kind) {
        case 'eps':
          name = `${rng.pick(EPS_WORDS)} ${rng.pick(EPS_WORDS)} EPS S.A.S. (${seq})`;
          naturaleza = rng.chance(0.5) ? 'eps_contributiva' : 'eps_subsidiada';
          [minPesos, maxPesos] = [1_000_000, 400_000_000];
          break;
        case 'ips':
          name = rng.chance(0.5)
            ? `IPS ${rng.pick(SAINTS)} de ${city} S.A.S.`
            : `E.S.E. Hospital ${rng.pick(SAINTS)} de ${city}`;
          naturaleza = name.startsWith('E.S.E.') ? 'ips_publica' : 'ips_privada';
          [minPesos, maxPesos] = [200_000, 40_000_000];
          break;
        case 'ente_territorial':
          name = rng.chance(0.8)
            ? `Municipio de ${city} — Secretaría de Salud`
            : `Secretaría de Salud de ${rng.pick(CO_DEPARTMENTS)}`;
          naturaleza = name.startsWith('Municipio') ? 'ente_territorial' : 'secretaria_salud';
          [minPesos, maxPesos] = [1_000_000, 150_000_000];
          break;
        case 'aseguradora':
          name = `Aseguradora ${rng.pick(SURNAMES)} de Seguros S.A. (SOAT ${seq})`;
          naturaleza = 'aseguradora_soat_adres';
          [minPesos, maxPesos] = [250_000, 45_000_000];
          break;
        default:
          name = person();
          naturaleza = 'persona_natural';
          [minPesos, maxPesos] = [50_000, 3_500_000];
      }
      const taxId =
        kind === 'persona_natural'
          ? `CC ${rng.int(10_000_000, 1_299_999_999)}`
          : nit(String(rng.int(800_000_000, 901_999_999)));
      out.push({
        abbr: `FE`,
        kind,
        name,
        receivableShare: kind === 'ips' ? 0.85 : 1,
        minPesos,
        maxPesos,
        values: base({
          kind,
          name,
          shortName: name.slice(0, 60),
          taxId,
          naturalezaJuridica: naturaleza,
          city,
          stateName: dept,
          intervenida: kind === 'eps' && rng.chance(0.25),
          enLiquidacion: kind === 'eps' && rng.chance(0.1),
          bdme: kind === 'persona_natural' && rng.chance(0.02),
        }),
      });
    }
  }
  return writer.transaction(() => out.map(({ values, ...c }) => ({ ...c, id: writer.counterparty(values) })));
}
