/** Public surface of the Pagos por aplicar feature (route '#/cartera/pagos'). */
export { PagosPorAplicar } from './PagosPorAplicar';
