/**
 * The api tests of cartera: saldos sin aplicar, aging reports, estado de cuenta and the DTF table (cases in
 * api/cartera-ledger.ts, api/cartera-reports.ts and api/agreements.ts): see support.ts.
 */
import { afterEach } from 'vitest';
import { cleanupTemp } from '../helpers';
import { agreementsApi } from './agreements';
import { carteraApiLedger } from './cartera-ledger';
import { carteraApiCircular030 } from './cartera-circular030';
import { carteraApiReports } from './cartera-reports';
import { type ApiTables, describeApi, inNamespace } from './support';

afterEach(cleanupTemp);

const fromLedger = inNamespace(carteraApiLedger, 'cartera');
const fromReports = inNamespace(carteraApiReports, 'cartera');
const fromAgreements = inNamespace(agreementsApi, 'cartera');
const fromCircular030 = inNamespace(carteraApiCircular030, 'cartera');

const tables: ApiTables<'cartera'> = {
  happy: {
    ...fromLedger.happy,
    ...fromReports.happy,
    ...fromAgreements.happy,
    ...fromCircular030.happy,
  },
  badInput: {
    ...fromLedger.badInput,
    ...fromReports.badInput,
    ...fromAgreements.badInput,
    ...fromCircular030.badInput,
  },
  refusals: {
    ...fromLedger.refusals,
    ...fromReports.refusals,
    ...fromAgreements.refusals,
    ...fromCircular030.refusals,
  },
  onlySchemaGuarded: [
    ...(fromLedger.onlySchemaGuarded ?? []),
    ...(fromReports.onlySchemaGuarded ?? []),
    ...(fromAgreements.onlySchemaGuarded ?? []),
    ...(fromCircular030.onlySchemaGuarded ?? []),
  ],
  validJobInput: {
    ...fromLedger.validJobInput,
    ...fromReports.validJobInput,
    ...fromAgreements.validJobInput,
    ...fromCircular030.validJobInput,
  },
};

describeApi('cartera', tables);
