/** Public surface of the Portabilidad 32x32 view (DOMAIN.md §5.3). */
export { PortabilidadScreen } from './PortabilidadScreen';
