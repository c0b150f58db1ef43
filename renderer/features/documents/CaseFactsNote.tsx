import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconFolder } from '@tabler/icons-react';
import type { CaseFactsView } from '../../../shared/api/types';
import type { MoneyLocale } from '../../../shared/domain/money';
import { formatDate, money } from '../../lib/format';

/**
 * What a draft of a 32x32 case will state from its case on the letter's
 * date (amounts, cited oficios, plazo, days since the envío), or the fact
 * still missing that keeps it from being issued.
 */
export function CaseFactsNote({ facts, locale }: { facts: CaseFactsView; locale: MoneyLocale }) {
  if (!facts.ok) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={16} />}
        title={`Aún no se puede emitir (caso ${facts.folio})`}
        data-testid="case-facts"
        data-ok="false"
      >
        {facts.message}
      </Alert>
    );
  }
  const cite = (r: { numero: string; fecha: string }) => `${r.numero} del ${formatDate(r.fecha)}`;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconFolder size={16} />}
      title={`Lo que la carta dirá del caso ${facts.folio}`}
      data-testid="case-facts"
      data-ok="true"
    >
      <List size="sm" spacing={2}>
        <List.Item>
          Importe: {money(facts.totalCents, locale)} en {facts.lines === 1 ? '1 línea' : `${facts.lines} líneas`}
          {facts.fromHoja
            ? ', de la hoja de cálculo (aún sin factura)'
            : ', de las facturas con saldo a la fecha de la carta'}
          .
        </List.Item>
        {facts.reference && (
          <List.Item data-testid="case-facts-reference">Cita el oficio {cite(facts.reference)}.</List.Item>
        )}
        {facts.requerimientos.length > 0 && (
          <List.Item>Cita los requerimientos {facts.requerimientos.map(cite).join(', ')}.</List.Item>
        )}
        {facts.fechaLimite && (
          <List.Item>
            Plazo de pago: venció o vence el {formatDate(facts.fechaLimite)} (envío de las facturas + plazo).
          </List.Item>
        )}
        {facts.diasTranscurridos !== null && (
          <List.Item>Días naturales desde el envío de las facturas: {facts.diasTranscurridos}.</List.Item>
        )}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        Se leen del caso al emitir; un dato escrito abajo sólo reemplaza al del caso si lo captura.
      </Text>
    </Alert>
  );
}
