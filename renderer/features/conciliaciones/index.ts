/** Public surface of the conciliaciones feature (routes '#/cartera/conciliaciones' and '#/cartera/conciliaciones/:id'). */
export { ConciliacionDetail } from './ConciliacionDetail';
export { ConciliacionesList } from './ConciliacionesList';
