/** Logging (support reads userData/logs/main.log; the user never sees stacks). */
import { app } from 'electron';
import fs from 'node:fs';
import path from 'node:path';

let logFile: string | null = null;

/** The log file in use, or null when there is none (not yet opened, or it could not be). */
export const logFilePath = (): string | null => logFile;

export function log(message: string, err?: unknown): void {
  const detail = err instanceof Error ? `${err.stack ?? err.message}` : err === undefined ? '' : String(err);
  const line = `${new Date().toISOString()} ${message}${detail ? `\n  ${detail.replace(/\n/g, '\n  ')}` : ''}\n`;
  process.stderr.write(line);
  if (!logFile) return;
  try {
    fs.appendFileSync(logFile, line);
  } catch {
    // Logging must never take the app down.
  }
}

export function initLogFile(): void {
  try {
    const dir = app.getPath('logs');
    fs.mkdirSync(dir, { recursive: true });
    logFile = path.join(dir, 'main.log');
    if (fs.existsSync(logFile) && fs.statSync(logFile).size > 5 * 1024 * 1024) {
      fs.renameSync(logFile, path.join(dir, 'main.old.log'));
    }
  } catch {
    logFile = null;
  }
}
