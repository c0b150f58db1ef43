/**
 * Checks on what crosses the bridge (the bridge's types and channel names are
 * in shared/api/bridge.ts, shared with the renderer).
 */
import type { BackendEvent } from '../../shared/api/bridge';

export { EVENT_CHANNEL, INVOKE_CHANNEL, type BackendEvent, type CypBridge } from '../../shared/api/bridge';

/** Cheap shape check before a method name reaches the dispatcher. */
export function isPlausibleMethodName(method: unknown): method is string {
  return (
    typeof method === 'string' &&
    method.length > 0 &&
    method.length <= 100 &&
    /^[A-Za-z][\w]*(\.[A-Za-z][\w]*)+$/.test(method)
  );
}

export function isBackendEvent(value: unknown): value is BackendEvent {
  return typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string';
}
