/**
 * The one IPC channel: `cyp:invoke` (method, input) → the dispatcher's Result.
 * Every call's sender frame is checked (our app:// origin, main frame only);
 * backend events go to the window on `cyp:event`.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { ErrorCodes, type Result } from '../../shared/api/errors';
import type { Dispatch } from '../core/dispatch';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isPlausibleMethodName, type BackendEvent } from './bridge';
import { isTrustedSender } from './security';

export interface IpcOptions {
  /** The live dispatcher, or null while the database is closed (restore, shutdown). */
  getDispatch: () => Dispatch | null;
  log: (message: string, err?: unknown) => void;
}

const unavailable: Result<never> = {
  ok: false,
  error: {
    code: ErrorCodes.dbUnavailable,
    message:
      'La base de datos no está disponible en este momento (se está respaldando, restaurando o cerrando). Intente de nuevo en unos segundos.',
  },
};

export async function handleInvoke(
  opts: IpcOptions,
  event: IpcMainInvokeEvent,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    opts.log(`IPC rechazado: remitente no confiable (${event.senderFrame?.url ?? 'marco destruido'})`);
    return { ok: false, error: { code: ErrorCodes.unauthorized, message: 'Solicitud no autorizada.' } };
  }
  if (!isPlausibleMethodName(method)) {
    return { ok: false, error: { code: ErrorCodes.unknownMethod, message: 'La operación solicitada no existe.' } };
  }
  const dispatch = opts.getDispatch();
  if (!dispatch) return unavailable;
  try {
    return await dispatch.run(method, input);
  } catch (err) {
    // The dispatcher already maps errors; this is the last net so no stack crosses.
    opts.log(`Error no controlado en ${method}`, err);
    return {
      ok: false,
      error: {
        code: ErrorCodes.internal,
        message: 'Ocurrió un error interno y no se guardó ningún cambio. Si se repite, avise a soporte.',
      },
    };
  }
}

/** Registers the invoke handler. Returns a function that removes it. */
export function registerIpc(opts: IpcOptions): () => void {
  ipcMain.removeHandler(INVOKE_CHANNEL);
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(opts, event, method, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/**
 * The backend's emit(): forwards `{event, payload}` to the window, if it is
 * still alive and showing our own page. Events raised before the window
 * exists, or after it closed, are dropped.
 */
export function createEventSink(
  getWindow: () => BrowserWindow | null,
  log: IpcOptions['log'],
): (event: string, payload: unknown) => void {
  return (event, payload) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    const contents = win.webContents;
    if (contents.isDestroyed() || !isTrustedSender(contents.mainFrame)) return;
    const message: BackendEvent = { event, payload };
    try {
      contents.send(EVENT_CHANNEL, message);
    } catch (err) {
      // Payloads that cannot be structured-cloned are a programming error; log, don't crash.
      log(`No se pudo enviar el evento ${event} a la ventana`, err);
    }
  };
}
