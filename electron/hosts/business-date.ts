/**
 * The business date a host may pin: `--today YYYY-MM-DD` or the CYP_TODAY
 * environment variable (the flag wins). Tests, demos and reproducing a
 * deadline use it; the desktop app never does (electron/shell/main.ts does not
 * call this), so staff always work on the workstation's calendar date.
 */
import { isIsoDate } from '../../shared/domain/dates';
import { flagString, type ParsedArgs } from './args';

export type PinnedToday = { ok: true; today: string | undefined } | { ok: false; message: string };

export function pinnedToday(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): PinnedToday {
  const flag = args.flags.get('today');
  if (flag === true) return { ok: false, message: 'Falta la fecha de --today (AAAA-MM-DD).' };
  const raw = flagString(args, 'today') ?? (env.CYP_TODAY?.trim() || undefined);
  if (raw === undefined) return { ok: true, today: undefined };
  if (!isIsoDate(raw))
    return {
      ok: false,
      message: `La fecha de trabajo «${raw}» no es válida (--today o CYP_TODAY): use AAAA-MM-DD con un día que exista.`,
    };
  return { ok: true, today: raw };
}

/** The line a host prints when the business date is pinned. */
export function pinnedNotice(today: string): string {
  return `Fecha de trabajo fijada en ${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)} (--today / CYP_TODAY): «hoy» es ese día para plazos, vencimientos y fechas por omisión.`;
}
