import type { ReactNode } from 'react';
import type { BitacoraDetail } from '../../../shared/api/types';
import { formatDate } from '../../lib/format';
import { DirectionBadge } from './labels';

function Field({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  const empty = value === '' || value === null || value === undefined;
  return (
    <>
      <span className="bc-label">{label}</span>
      <span className={empty ? 'bc-value bc-empty' : 'bc-value'} data-testid={testId}>
        {empty ? '—' : value}
      </span>
    </>
  );
}

/**
 * The entry in the card layout of the paper register:
 *   Volante | Asunto / Docto. / Fecha
 *   Dirigido a | Estado
 *   De parte de | Entregó | Fecha
 */
export function PaperCard({ entry }: { entry: BitacoraDetail }) {
  return (
    <table className="bitacora-card" data-testid="bitacora-card">
      <colgroup>
        <col style={{ width: '28%' }} />
        <col style={{ width: '44%' }} />
        <col style={{ width: '28%' }} />
      </colgroup>
      <tbody>
        <tr>
          <td rowSpan={3} className="bc-volante">
            <span className="bc-label">Volante</span>
            <div className="bc-volante-number" data-testid="entry-volante">
              {entry.volante}
            </div>
            <div style={{ marginTop: 6 }}>
              <DirectionBadge direction={entry.direction} />
            </div>
          </td>
          <td colSpan={2}>
            <Field label="Asunto" value={entry.asunto} testId="entry-asunto" />
          </td>
        </tr>
        <tr>
          <td colSpan={2}>
            <Field label="Docto." value={entry.documentNumber} testId="entry-docto" />
          </td>
        </tr>
        <tr>
          <td colSpan={2}>
            <Field
              label="Fecha"
              value={entry.documentDate ? formatDate(entry.documentDate) : ''}
              testId="entry-fecha"
            />
          </td>
        </tr>
        <tr>
          <td>
            <Field label="Dirigido a" value={entry.addressedTo} testId="entry-dirigido" />
          </td>
          <td colSpan={2}>
            <Field label="Estado" value={entry.entity} testId="entry-estado" />
          </td>
        </tr>
        <tr>
          <td>
            <Field label="De parte de" value={entry.fromParty} testId="entry-de-parte" />
          </td>
          <td>
            <Field label="Entregó" value={entry.deliveredBy} testId="entry-entrego" />
          </td>
          <td>
            <Field
              label={entry.direction === 'recibido' ? 'Fecha (recepción)' : 'Fecha (entrega / acuse)'}
              value={entry.deliveryDate ? formatDate(entry.deliveryDate) : ''}
              testId="entry-fecha-entrega"
            />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
