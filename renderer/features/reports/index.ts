/** Public surface of Reportes: the cartera por edades and the estado de cuenta (domain README §Reports). */
export { ReportesScreen } from './ReportesScreen';
