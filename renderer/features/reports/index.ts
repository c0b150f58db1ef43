/** Public surface of Reportes: the cartera por edades and the estado de cuenta (issue 5 items 2 and 3). */
export { ReportesScreen } from './ReportesScreen';
