/** Public surface of the Entidades feature. */
export { CounterpartiesList } from './CounterpartiesList';
export { CounterpartyDetail } from './CounterpartyDetail';
export { CounterpartyFormScreen } from './CounterpartyForm';
