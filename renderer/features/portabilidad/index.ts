/** Public surface of the Portabilidad 32x32 view (domain README §The 32x32 view). */
export { PortabilidadScreen } from './PortabilidadScreen';
