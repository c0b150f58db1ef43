// The setup wizard's steps and which institution fields each one owns, so a field error can send the user to its step.
export const STEPS = [
  { key: 'perfil', label: 'Perfil', description: 'País y tipo de cartera' },
  { key: 'institucion', label: 'Institución', description: 'Datos generales' },
  { key: 'membrete', label: 'Membrete', description: 'Encabezado de oficios' },
  { key: 'firmantes', label: 'Firmantes', description: 'Quién firma' },
  { key: 'banco', label: 'Banco y plazos', description: 'Cuenta y parámetros' },
  { key: 'confirmar', label: 'Confirmar', description: 'Revisar y terminar' },
] as const;

export const INSTITUTION_STEP_FIELDS: Record<number, (k: string) => boolean> = {
  0: (k) => k === 'profile',
  1: (k) =>
    ['name', 'shortName', 'regime', 'taxId', 'ownStateCode', 'city', 'cityLine', 'address', 'phone', 'email'].includes(
      k,
    ),
  2: (k) => k === 'slogan' || k.startsWith('letterheadLines'),
  4: (k) =>
    k.startsWith('bank') ||
    k.startsWith('nationalAuthority') ||
    ['defaultPaymentTermDays', 'referenceUnitKind'].includes(k),
};

export function stepOfError(key: string): number {
  if (key.startsWith('signatories')) return 3;
  for (const [step, owns] of Object.entries(INSTITUTION_STEP_FIELDS)) if (owns(key)) return Number(step);
  return 5;
}
