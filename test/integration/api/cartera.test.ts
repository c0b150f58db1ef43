/**
 * The api tests of cartera: saldos sin aplicar, aging reports, estado de cuenta and the DTF table (cases in
 * api/cartera-ledger.ts, api/cartera-reports.ts and api/agreements.ts): see support.ts.
 */
import { afterEach } from 'vitest';
import { cleanupTemp } from '../helpers';
import { agreementsApi } from './agreements';
import { carteraApiLedger } from './cartera-ledger';
import { carteraApiReports } from './cartera-reports';
import { type ApiTables, describeApi, inNamespace } from './support';

afterEach(cleanupTemp);

const fromLedger = inNamespace(carteraApiLedger, 'cartera');
const fromReports = inNamespace(carteraApiReports, 'cartera');
const fromAgreements = inNamespace(agreementsApi, 'cartera');

const tables: ApiTables<'cartera'> = {
  happy: {
    ...fromLedger.happy,
    ...fromReports.happy,
    ...fromAgreements.happy,
  },
  badInput: {
    ...fromLedger.badInput,
    ...fromReports.badInput,
    ...fromAgreements.badInput,
  },
  refusals: {
    ...fromLedger.refusals,
    ...fromReports.refusals,
    ...fromAgreements.refusals,
  },
  onlySchemaGuarded: [
    ...(fromLedger.onlySchemaGuarded ?? []),
    ...(fromReports.onlySchemaGuarded ?? []),
    ...(fromAgreements.onlySchemaGuarded ?? []),
  ],
  validJobInput: {
    ...fromLedger.validJobInput,
    ...fromReports.validJobInput,
    ...fromAgreements.validJobInput,
  },
};

describeApi('cartera', tables);
