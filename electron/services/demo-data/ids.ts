/** Identifiers with valid check digits, so demo data passes the same checks real data does. */
import type { Rng } from './random';

/** DIAN check digit (dígito de verificación) of a Colombian NIT. */
export function nitCheckDigit(base: string): number {
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const digits = base.replace(/\D/g, '').split('').reverse();
  let sum = 0;
  digits.forEach((d, i) => {
    sum += Number.parseInt(d, 10) * (weights[i] ?? 0);
  });
  const r = sum % 11;
  return r > 1 ? 11 - r : r;
}

/** "900123456-7": nine digits, hyphen, DIAN check digit. */
export function nit(base: string): string {
  return `${base}-${nitCheckDigit(base)}`;
}

/** Control digit of a Mexican CLABE (weights 3, 7, 1 over the first 17 digits). */
export function clabeCheckDigit(first17: string): number {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number.parseInt(first17[i] ?? '0', 10) * weights[i % 3]!) % 10;
  return (10 - (sum % 10)) % 10;
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
