/** UI state of the settings feature: the first-run wizard's draft and the active Configuración tab. */
import { create } from 'zustand';
import type { Profile } from '../../../shared/api/types';
import {
  emptyInstitution,
  emptySignatory,
  NATIONAL_AUTHORITY_DEFAULT,
  type InstitutionDraft,
  type SignatoryDraft,
} from './model';
import type { PickedImage } from './LogoPicker';

interface WizardState {
  step: number;
  institution: InstitutionDraft;
  signatories: SignatoryDraft[];
  logos: { left: PickedImage | null; right: PickedImage | null };
  loadDemo: boolean;
  setStep(step: number): void;
  setField<K extends keyof InstitutionDraft & string>(key: K, value: InstitutionDraft[K]): void;
  setProfile(p: Profile): void;
  setSignatories(list: SignatoryDraft[]): void;
  setLogo(slot: 'left' | 'right', img: PickedImage | null): void;
  setLoadDemo(v: boolean): void;
  reset(): void;
}

const initial = () => ({
  step: 0,
  institution: emptyInstitution('MX'),
  signatories: [emptySignatory()],
  logos: { left: null, right: null },
  loadDemo: false,
});

export const useWizard = create<WizardState>((set) => ({
  ...initial(),
  setStep: (step) => set({ step }),
  setField: (key, value) => set((s) => ({ institution: { ...s.institution, [key]: value } })),
  setProfile: (p) =>
    set((s) => {
      const i = s.institution;
      const authorityUntouched =
        Object.values(NATIONAL_AUTHORITY_DEFAULT).includes(i.nationalAuthorityName) || i.nationalAuthorityName === '';
      return {
        institution: {
          ...i,
          profile: p,
          nationalAuthorityName: authorityUntouched ? NATIONAL_AUTHORITY_DEFAULT[p] : i.nationalAuthorityName,
          referenceUnitKind: p === 'CO' ? 'SMMLV' : i.referenceUnitKind === 'SMMLV' ? 'UMA' : i.referenceUnitKind,
          ownStateCode: p === 'MX' ? i.ownStateCode : null,
        },
      };
    }),
  setSignatories: (signatories) => set({ signatories }),
  setLogo: (slot, img) => set((s) => ({ logos: { ...s.logos, [slot]: img } })),
  setLoadDemo: (loadDemo) => set({ loadDemo }),
  reset: () => set(initial()),
}));

export type SettingsTab = 'institucion' | 'membrete' | 'firmantes' | 'tablas' | 'dias-habiles' | 'plantillas';
