/** Handlers of demo.* (shared/api/demo.ts), and the demo loader the first setup may call. */
import { demoMethods } from '../../shared/api/demo';
import type { ServiceContext } from '../core/context';
import { defineHandlers } from '../core/handlers';
import { loadDemoSmall } from './demo';

export const demoHandlers = defineHandlers(demoMethods, {
  'demo.load': (ctx, input) => loadDemoSmall(ctx, input.profile),
});

export function loadDemoForSetup(ctx: ServiceContext): void {
  loadDemoSmall(ctx);
}
