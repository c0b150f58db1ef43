/** portabilidad.impagablesReport: the impagables as an Excel workbook. (In progress.) */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { ExportResult } from '../../../shared/api/types';
import type { JobContext } from '../../context';

export async function impagablesReportJob(_job: JobContext, _input: ParsedInput<'portabilidad.impagablesReport'>): Promise<ExportResult> {
  throw new DomainError('general/en-construccion', 'El reporte de impagables aún se está construyendo.');
}
