/** Public surface of the Acuerdos de pago feature. */
export { AgreementsRoutes } from './AgreementsRoutes';
export { CuotasSemana } from './CuotasSemana';
