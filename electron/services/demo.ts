/** Demo data (placeholder until the demo module lands). */
import type { DemoResult } from '../../shared/api/types';
import { DomainError } from '../../shared/api/errors';
import type { ServiceContext } from '../context';

export function loadDemoSmall(_ctx: ServiceContext): DemoResult {
  throw new DomainError('demo/no-disponible', 'Los datos de ejemplo aún no están disponibles.');
}
