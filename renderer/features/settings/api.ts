import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const settingsApi = {
  get: () => call('settings.get', {}),
  completeSetup: (input: Input<'settings.completeSetup'>) => call('settings.completeSetup', input),
  saveInstitution: (input: Input<'settings.saveInstitution'>) => call('settings.saveInstitution', input),
  saveSignatories: (input: Input<'settings.saveSignatories'>) => call('settings.saveSignatories', input),
  setReferenceUnit: (input: Input<'settings.setReferenceUnit'>) => call('settings.setReferenceUnit', input),
  setLogo: (input: Input<'settings.setLogo'>) => call('settings.setLogo', input),
  asset: (id: number) => call('assets.get', { id }),
};
