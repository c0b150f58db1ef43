export { AcuerdosScreen, BitacoraScreen, DocumentosScreen, PortabilidadScreen, ReportesScreen } from './Placeholders';
