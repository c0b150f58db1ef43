/** Public surface of the expedientes de cobro feature (routes '#/cartera/expedientes' and '#/cartera/expedientes/:id'). */
export { ExpedienteDetail } from './ExpedienteDetail';
export { ExpedientesList } from './ExpedientesList';
export { expedientesQueries } from './api';
export { PlazosExpedientes } from './PlazosExpedientes';
