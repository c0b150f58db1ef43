/** Public surface of the Casos (expedientes 32x32) feature. */
export { CasesRoutes } from './CasesRoutes';
