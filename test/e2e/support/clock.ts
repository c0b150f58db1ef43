/**
 * The e2e suites' calendar: the one «today» of a run, and the date arithmetic
 * the tests do on it.
 */

/**
 * The business date of an e2e run, the one «today» every suite uses: CYP_TODAY
 * when set, else the calendar date in the host's time zone (America/Mexico_City)
 * when the run starts. Every host is started with `--today` set to it, so the
 * tests, the backend and the screen agree at any hour of the UTC clock (CI
 * runs in UTC) and even when a run crosses midnight.
 */
const RUN_TODAY =
  process.env.CYP_TODAY ??
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

export function today(): string {
  return RUN_TODAY;
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' → 'dd/mm/aaaa', as a DateField takes it. */
export const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
