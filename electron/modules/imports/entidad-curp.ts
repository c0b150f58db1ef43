/** Mexican catalogue values of a cell: the entidad federativa (name, abbreviation or INEGI code) and the CURP. */
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { foldText } from '../../../shared/domain/text';
import type { RawCell } from './types';
import { type Parsed, bad, excelError, ok } from './values';

// ── entidades federativas ────────────────────────────────────────────────

export interface Entidad {
  inegi: string;
  name: string;
}

function key(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ENTIDAD_INDEX: Map<string, Entidad> = (() => {
  const idx = new Map<string, Entidad>();
  const add = (alias: string, e: Entidad) => idx.set(key(alias), e);
  for (const e of ENTIDADES_FEDERATIVAS) {
    const ent = { inegi: e.inegi, name: e.name };
    add(e.name, ent);
    add(e.abbr, ent);
    add(e.inegi, ent);
    add(String(Number(e.inegi)), ent);
    const short = e.name.split(' de ')[0]!;
    if (short !== e.name && e.name !== 'Ciudad de México') add(short, ent);
  }
  const by = (inegi: string) => {
    const e = ENTIDADES_FEDERATIVAS.find((x) => x.inegi === inegi)!;
    return { inegi: e.inegi, name: e.name };
  };
  for (const [alias, inegi] of [
    ['CDMX', '09'],
    ['Distrito Federal', '09'],
    ['DF', '09'],
    ['D.F.', '09'],
    ['Ciudad de Mexico', '09'],
    ['Estado de México', '15'],
    ['Edo. de México', '15'],
    ['Edo Mex', '15'],
    ['Edomex', '15'],
    ['Méx.', '15'],
    ['MEX', '15'],
    ['Coahuila', '05'],
    ['Michoacán', '16'],
    ['Veracruz', '30'],
    ['Querétaro de Arteaga', '22'],
    ['Baja California Norte', '02'],
    ['B.C.', '02'],
    ['B.C.S.', '03'],
    ['N.L.', '19'],
    ['S.L.P.', '24'],
    ['Q. Roo', '23'],
    ['Q ROO', '23'],
  ] as const)
    add(alias, by(inegi));
  return idx;
})();

/** An entidad federativa by name (any accents/case), abbreviation or INEGI code; "Estado de X" is X. */
export function parseEntidad(raw: RawCell | undefined): Parsed<Entidad> {
  const err = excelError(raw);
  if (err) return bad(err);
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw : '';
  const k = key(s);
  const hit =
    ENTIDAD_INDEX.get(k) ??
    ENTIDAD_INDEX.get(k.replace(/^(estado|edo) (de )?/, '')) ??
    ENTIDAD_INDEX.get(k.replace(/^(estado libre y soberano de) /, ''));
  return hit ? ok(hit) : bad('no es una entidad federativa (nombre, abreviatura o clave INEGI)');
}

// ── CURP ─────────────────────────────────────────────────────────────────

const CURP =
  /^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|B[CS]|C[CLSHM]|D[FG]|G[TR]|HG|JC|M[CNS]|N[ETL]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/;

export function parseCurp(raw: RawCell | undefined): Parsed<string> {
  const err = excelError(raw);
  if (err) return bad(err);
  const s = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  return CURP.test(s)
    ? ok(s)
    : bad('no es una CURP válida (18 caracteres: 4 letras, fecha AAMMDD, sexo, entidad, 3 consonantes y 2 caracteres)');
}
