/**
 * Etapas de cobro (domain README §Etapas de cobro): persuasivo → prejurídico → jurídico, or suspended by
 * an acuerdo, or closed. A debtor's stage is the fold of its expediente (expediente.ts); each receivable
 * invoice is in its debtor's stage, and in cobro persuasivo while the debtor has no expediente.
 */

export type EtapaCobro = 'persuasivo' | 'prejuridico' | 'juridico' | 'suspendido' | 'cerrado';

export const ETAPAS_COBRO: Record<EtapaCobro, string> = {
  persuasivo: 'Cobro persuasivo',
  prejuridico: 'Cobro prejurídico',
  juridico: 'Cobro jurídico',
  suspendido: 'Suspendido por acuerdo',
  cerrado: 'Expediente cerrado',
};
