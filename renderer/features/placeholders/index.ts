export { AcuerdosScreen, BitacoraScreen, DocumentosScreen, ReportesScreen } from './Placeholders';
