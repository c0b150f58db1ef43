/** The records of the Circular 030 file: the control record, the type-2 records, and the invoice key between cuts. */
import type { IsoDate } from '../../dates';
import type { Cents } from '../../money';

/** Control record (tipo 1): the first line of the file. */
export interface Circular030Control {
  ipsNit: string;
  /** Razón social of the IPS. */
  ipsName: string;
  /** Fecha inicial of the period reported. */
  startDate: IsoDate;
  /** Fecha de corte: also in the file name. */
  cutDate: IsoDate;
  /** Number of type-2 records that follow. */
  recordCount: number;
}

/** I: not reported in the previous cut; A: reported before, still owed; E: leaves the report. */
export type Indicador030 = 'I' | 'A' | 'E';

/** One type-2 record (one invoice): the 20 fields after the record type "2", in file order. */
export interface Circular030Record {
  /** 1..n, the record's position among the type-2 records. */
  consecutive: number;
  /** Tipo de identificación of the payer (ERP: EPS, ente territorial…): always NIT. */
  payerIdType: 'NI';
  payerNit: string;
  payerName: string;
  ipsIdType: 'NI';
  ipsNit: string;
  /** Tipo de cobro: F, factura. */
  cobroType: 'F';
  /** Prefijo de la factura; '' when the invoice has none. */
  prefix: string;
  number: string;
  indicator: Indicador030;
  valueCents: Cents;
  issueDate: IsoDate;
  radicacionDate: IsoDate | null;
  devolucionDate: IsoDate | null;
  paymentsCents: Cents;
  acceptedGlosaCents: Cents;
  glosaAnswered: boolean;
  /** = valueCents − paymentsCents − acceptedGlosaCents. */
  balanceCents: Cents;
  juridico: boolean;
  /** Code of the etapa del cobro jurídico; '0' when there is none. */
  juridicoStage: string;
}

/** A record as the writer takes it: the consecutive is the position, so it may be left out. */
export type Circular030Entry = Omit<Circular030Record, 'consecutive'> & { consecutive?: number };

/** An invoice's figures at the cut, before the indicator is known. */
export type Circular030Invoice = Omit<Circular030Record, 'consecutive' | 'indicator'>;

/** What identifies an invoice between cuts. */
export interface InvoiceKey030 {
  prefix: string;
  number: string;
}
