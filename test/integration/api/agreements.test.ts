/** The api tests of agreements: acuerdos de pago (cases in api/agreements.ts): see support.ts. */
import { afterEach } from 'vitest';
import { cleanupTemp } from '../helpers';
import { agreementsApi } from './agreements';
import { type ApiTables, describeApi, inNamespace } from './support';

afterEach(cleanupTemp);

const fromAgreements = inNamespace(agreementsApi, 'agreements');

const tables: ApiTables<'agreements'> = {
  happy: {
    ...fromAgreements.happy,
  },
  badInput: {
    ...fromAgreements.badInput,
  },
  refusals: {
    ...fromAgreements.refusals,
  },
  onlySchemaGuarded: [...(fromAgreements.onlySchemaGuarded ?? [])],
  validJobInput: {
    ...fromAgreements.validJobInput,
  },
};

describeApi('agreements', tables);
