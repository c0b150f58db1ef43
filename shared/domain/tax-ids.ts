/**
 * Check digits of the identifiers staff type: the Colombian NIT (DIAN's
 * dígito de verificación) and the Mexican CLABE interbancaria (Banxico's
 * control digit). Pure.
 */

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

/** Control digit of a Mexican CLABE: weights 3, 7, 1 over the first 17 digits, each product taken mod 10. */
export function clabeCheckDigit(first17: string): number {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number.parseInt(first17[i] ?? '0', 10) * weights[i % 3]!) % 10;
  return (10 - (sum % 10)) % 10;
}

/** 18 digits whose last one is the control digit of the first 17. */
export function isValidClabe(clabe: string): boolean {
  return /^\d{18}$/.test(clabe) && clabeCheckDigit(clabe.slice(0, 17)) === Number(clabe[17]);
}
