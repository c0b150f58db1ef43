export { DocumentsRoutes } from './DocumentsRoutes';
