/** Where the e2e suites find the repository and leave their screenshots. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is test/e2e/support/paths.ts). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
