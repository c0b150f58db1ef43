/**
 * The shape of one domain's cases for api.test.ts (one happy path, one bad
 * input and the business-rule refusals of each of its methods), so a domain
 * keeps its cases in its own file and api.test.ts still checks that every
 * method of the contract has them.
 */
import type { JobMethod } from '../../../shared/api/contract';
import type { TempDb } from '../helpers';

/** What api.test.ts's seeded() gives a refusal: MX institution, one invoice (entry 1 its cargo) and one abono. */
export interface Seeded {
  t: TempDb;
  invoiceId: number;
  cargoId: number;
  abonoId: number;
}

export interface Refusal {
  code: string;
  prepare?: (t: TempDb, s: Seeded) => unknown;
  input: (s: Seeded, prepared: unknown) => unknown;
}

export interface ApiFragment<M extends string> {
  happy: Record<M, (t: TempDb) => void | Promise<void>>;
  badInput: Record<M, { input: unknown; message?: RegExp }>;
  refusals: Partial<Record<M, Refusal[]>>;
  /** Write methods no business rule can refuse (only the schema). */
  onlySchemaGuarded?: M[];
  /** Job methods: a valid input (api.test.ts checks a synchronous call is refused with api/tarea and writes nothing). */
  validJobInput: Record<Extract<M, JobMethod>, unknown>;
}
