/** Identifiers with valid check digits, so demo data passes the same checks real data does. */
import { clabeCheckDigit, nitCheckDigit } from '../../../shared/domain/tax-ids';
import type { Rng } from './random';

/** "900123456-7": nine digits, hyphen, DIAN check digit. */
export function nit(base: string): string {
  return `${base}-${nitCheckDigit(base)}`;
}

/** Banks with their CLABE codes (Banxico catalogue). */
export const MX_BANKS = [
  { code: '012', name: 'BBVA México, S.A.' },
  { code: '072', name: 'Banco Mercantil del Norte, S.A. (Banorte)' },
  { code: '014', name: 'Banco Santander México, S.A.' },
  { code: '002', name: 'Banco Nacional de México, S.A. (Banamex)' },
  { code: '021', name: 'HSBC México, S.A.' },
  { code: '044', name: 'Scotiabank Inverlat, S.A.' },
  { code: '030', name: 'Banco del Bajío, S.A.' },
] as const;

/** An 18-digit CLABE for `bankCode` with a valid control digit; also returns the 11-digit account. */
export function clabe(rng: Rng, bankCode: string, plaza = rng.digits(3)): { clabe: string; account: string } {
  const account = rng.digits(11);
  const first17 = `${bankCode}${plaza}${account}`;
  return { clabe: `${first17}${clabeCheckDigit(first17)}`, account: account.slice(1) };
}
