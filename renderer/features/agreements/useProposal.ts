/**
 * The wizard's draft → the agreements.preview input, and the live preview
 * (debounced). Amounts are parsed to centavos here; everything computed
 * (interest, cuantía, schedule, broken rules) comes from the backend.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CarteraErrorCodes } from '../../../shared/api/errors-cartera';
import type { Input } from '../../../shared/api/contract';
import type { AgreementPreview } from '../../../shared/api/types-agreements';
import type { MoneyLocale } from '../../../shared/domain/money';
import { parseAmount } from '../../components/MoneyInput';
import { ApiCallError } from '../../lib/api';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { useDebounced } from '../../lib/useDebounced';
import { agreementsQueries, type RateTableName } from './api';

export type Proposal = Input<'agreements.preview'>;

export interface Draft {
  counterpartyId: number | null;
  invoiceIds: number[];
  signingDate: string | null;
  costs: string;
  /** Empty: the minimum (25 % of the debt). */
  cuotaInicial: string;
  numeroCuotas: number | string;
  kind: 'acuerdo' | 'contrato_transaccion';
  /** The table of the intereses de mora: the DIAN's only in a contrato de transacción. */
  moraRate: 'dtf' | 'dian';
  termRate: 'dtf' | 'cero';
  approvedBy: string;
  approvalReference: string;
  approvalDate: string | null;
  waiverReference: string;
  waiverDate: string | null;
  bdmeReference: string;
  bdmeDate: string | null;
  guaranteeType: string;
  guaranteeDescription: string;
  /** Who signs for the debtor (prefilled with the entidad's titular when the debtor is chosen). */
  signerName: string;
  signerPosition: string;
}

export function emptyDraft(counterpartyId: number | null): Draft {
  return {
    counterpartyId,
    invoiceIds: [],
    signingDate: todayIso(),
    costs: '',
    cuotaInicial: '',
    numeroCuotas: 4,
    kind: 'acuerdo',
    moraRate: 'dtf',
    termRate: 'dtf',
    approvedBy: '',
    approvalReference: '',
    approvalDate: null,
    waiverReference: '',
    waiverDate: null,
    bdmeReference: '',
    bdmeDate: null,
    guaranteeType: '',
    guaranteeDescription: '',
    signerName: '',
    signerPosition: '',
  };
}

/** A recorded document counts once its reference and date are there; until then the rule says what is missing. */
const recorded = (reference: string, date: string | null) =>
  reference.trim() && date ? { reference: reference.trim(), date } : null;

/** The draft as the API takes it, or the fields that keep it from being sent. */
export function toProposal(d: Draft, locale: MoneyLocale): { proposal: Proposal | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const costs = parseAmount(d.costs, locale);
  if (costs.error) errors.costsCents = costs.error;
  const inicial = parseAmount(d.cuotaInicial, locale);
  if (inicial.error) errors.cuotaInicialCents = inicial.error;
  const n = typeof d.numeroCuotas === 'number' ? d.numeroCuotas : Number.NaN;
  if (!Number.isInteger(n) || n < 1) errors.numeroCuotas = 'Indique el número de cuotas mensuales (al menos 1).';
  if (!d.signingDate) errors.signingDate = 'Indique la fecha de firma.';
  if (d.counterpartyId === null || d.invoiceIds.length === 0 || Object.keys(errors).length > 0 || !d.signingDate)
    return { proposal: null, errors };
  const approval =
    d.approvedBy.trim() && d.approvalReference.trim() && d.approvalDate
      ? { approvedBy: d.approvedBy.trim(), reference: d.approvalReference.trim(), date: d.approvalDate }
      : null;
  const guarantee =
    d.guaranteeType.trim() || d.guaranteeDescription.trim()
      ? { type: d.guaranteeType.trim(), description: d.guaranteeDescription.trim() }
      : null;
  return {
    proposal: {
      counterpartyId: d.counterpartyId,
      invoiceIds: d.invoiceIds,
      signingDate: d.signingDate,
      costsCents: costs.cents ?? 0,
      ...(inicial.cents === null ? {} : { cuotaInicialCents: inicial.cents }),
      numeroCuotas: n,
      kind: d.kind,
      moraRate: d.kind === 'contrato_transaccion' ? d.moraRate : 'dtf',
      termRate: d.termRate,
      approval,
      prescriptionWaiver: recorded(d.waiverReference, d.waiverDate),
      bdmeCertificate: recorded(d.bdmeReference, d.bdmeDate),
      guarantee,
      debtorSigner:
        d.signerName.trim() && d.signerPosition.trim()
          ? { name: d.signerName.trim(), position: d.signerPosition.trim() }
          : null,
    },
    errors,
  };
}

/** Where each broken rule (ReglaIncumplida.campo) and each validation path is shown in the form. */
export function fieldOf(campoOrPath: string): string {
  if (campoOrPath.startsWith('approval')) return 'extensionApproval';
  if (campoOrPath.startsWith('prescriptionWaiver')) return 'prescriptionWaiver';
  if (campoOrPath.startsWith('bdmeCertificate')) return 'bdmeCertificate';
  if (campoOrPath.startsWith('guarantee')) return 'guarantee';
  if (campoOrPath.startsWith('invoiceIds') || campoOrPath === 'debtCents') return 'invoiceIds';
  return campoOrPath;
}

export interface PreviewState {
  proposal: Proposal | null;
  preview: AgreementPreview | undefined;
  /** The preview matches the draft as it is now (not an older one still on screen). */
  current: boolean;
  loading: boolean;
  /** Field → message: what the draft cannot be sent with, the backend's broken rules and validation issues. */
  fieldErrors: FieldErrors;
  /** A refusal not tied to a field (an invoice already in an agreement, a DTF month missing…). */
  error: ApiCallError | Error | null;
  /** The month (and its table) whose rate is missing, when that is the refusal. */
  missingRate: { period: string; table: RateTableName } | null;
  reload(): void;
}

export function usePreview(draft: Draft, locale: MoneyLocale): PreviewState {
  const { proposal, errors } = toProposal(draft, locale);
  const json = proposal ? JSON.stringify(proposal) : null;
  const debounced = useDebounced(json, 350);
  // The previous preview stays on screen while the next one is computed (current says which one it is).
  const q = useQuery({
    ...agreementsQueries.preview(debounced === null ? ({} as Proposal) : (JSON.parse(debounced) as Proposal)),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
  });

  const fieldErrors: FieldErrors = { ...errors };
  let error: PreviewState['error'] = null;
  let missingRate: PreviewState['missingRate'] = null;
  if (q.error) {
    const fe = apiErrorToFieldErrors(q.error);
    const { _form, ...byField } = fe;
    for (const [k, v] of Object.entries(byField)) fieldErrors[fieldOf(k)] ??= v;
    if (_form) error = q.error;
    if (q.error instanceof ApiCallError && q.error.code === CarteraErrorCodes.tasaFaltante) {
      const d = q.error.details as { periodo?: unknown; tabla?: unknown } | undefined;
      const period =
        typeof d?.periodo === 'string' ? d.periodo : (/\((\d{4}-\d{2})\)/.exec(q.error.message)?.[1] ?? null);
      if (period) missingRate = { period, table: d?.tabla === 'DTF' || d?.tabla === undefined ? 'dtf' : 'dian' };
    }
  }
  const preview = json !== null && !q.error ? q.data : undefined;
  if (preview) for (const r of preview.rules) fieldErrors[fieldOf(r.campo)] ??= r.mensaje;
  return {
    proposal,
    preview,
    current: json !== null && json === debounced && !q.isFetching && !q.error && q.data !== undefined,
    loading: q.isFetching || json !== debounced,
    fieldErrors,
    error,
    missingRate,
    reload: () => void q.refetch(),
  };
}
