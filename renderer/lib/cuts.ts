/**
 * Cut dates of a periodic report ('MM-DD' each year: quarterly, semestral), newest first: those on or before
 * `today`, or — `openToo` — starting with the cut of the period still open (a close is prepared before its cut).
 */
export function recentCuts(today: string, monthDays: readonly string[], count: number, openToo = false): string[] {
  const sorted = [...monthDays].sort().reverse();
  const all: string[] = [];
  for (let y = Number(today.slice(0, 4)) + 1; all.length < count + sorted.length * 2; y--)
    for (const md of sorted) all.push(`${y}-${md}`);
  const next = [...all].reverse().find((d) => d >= today);
  const limit = openToo && next ? next : today;
  return all.filter((d) => d <= limit).slice(0, count);
}
