/**
 * Everything the e2e suites share, by job: the host and Chromium (app), the
 * run's «today» and date arithmetic (clock), page helpers (page), PDFs read
 * back (pdf), the institutions set up through the API (institutions) and the
 * steps of a 32x32 case (case-steps).
 */
export * from './app';
export * from './case-steps';
export * from './clock';
export * from './institutions';
export * from './page';
export * from './paths';
export * from './pdf';
