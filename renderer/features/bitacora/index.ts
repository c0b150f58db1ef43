export { BitacoraRoutes } from './BitacoraRoutes';
