export { AcuerdosScreen } from './Placeholders';
