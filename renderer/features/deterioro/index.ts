/** Public surface of the deterioro feature (route '#/cartera/deterioro'). */
export { DeterioroScreen } from './DeterioroScreen';
