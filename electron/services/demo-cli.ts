/** Demo loading from the CLI (placeholder until the demo module lands). */
import type { Result } from '../../shared/api/errors';

export function loadDemoCli(_dbFile: string, _profile: string | undefined): Result<unknown> {
  return { ok: false, error: { code: 'demo/no-disponible', message: 'Aún no disponible.' } };
}

export async function loadDemoBig(_dbFile: string, _profile: string): Promise<Result<unknown>> {
  return { ok: false, error: { code: 'demo/no-disponible', message: 'Aún no disponible.' } };
}
