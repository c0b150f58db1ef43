/** Text helpers shared by search on both sides of the API. Pure. */

/** Lower-case and strip accents, so "Querétaro" matches "queretaro". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
