/** What a click on a recharts chart says: the index of the category under the pointer, if any. */
export function indexOfClick(
  state: { activeTooltipIndex?: unknown } | null | undefined,
  length: number,
): number | null {
  const raw = state?.activeTooltipIndex;
  // recharts gives a number for one-dimensional charts, a string index for others.
  const i =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number.parseInt(raw, 10) : NaN;
  return Number.isInteger(i) && i >= 0 && i < length ? i : null;
}
