/** Public surface of the Pagos y recibos de caja feature (route '#/cartera/pagos'). */
export { PagosPorAplicar } from './PagosPorAplicar';
