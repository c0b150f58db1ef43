/** Public surface of the settings feature (first-run wizard and Configuración). */
export { SetupWizard } from './SetupWizard';
export { SettingsScreen } from './SettingsScreen';
