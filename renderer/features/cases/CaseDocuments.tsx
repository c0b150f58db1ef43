// The letters the case's workflow drafted; each row opens the document in Documentos.
import { Badge, Table, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { DOC_STATUS, routeLink } from './labels';

export function CaseDocuments({ c }: { c: CaseDetail }) {
  return (
    <Section
      title="Documentos del caso"
      description="Los oficios y memorándums que el flujo redactó. Se emiten, envían y archivan en Documentos."
      p="sm"
    >
      {c.documents.length === 0 ? (
        <Text size="sm" c="dimmed" px="xs" pb="xs">
          Aún no se ha redactado ningún documento.
        </Text>
      ) : (
        <Table verticalSpacing={6} className="data-table" highlightOnHover data-testid="case-documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Documento</Table.Th>
              <Table.Th>Número</Table.Th>
              <Table.Th>Fecha</Table.Th>
              <Table.Th>Estado</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.documents.map((d) => {
              const st = DOC_STATUS[d.status] ?? { label: d.status, color: 'gray' };
              return (
                <Table.Tr
                  key={d.id}
                  className="clickable"
                  onClick={() => navigate(`/documentos/${d.id}`)}
                  data-testid="case-document"
                  data-doc-type={d.docType}
                  data-status={d.status}
                >
                  <Table.Td>
                    {routeLink(`/documentos/${d.id}`, d.typeLabel)}
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {d.kind === 'memorandum' ? 'Memorándum' : 'Oficio'}
                      {d.asunto && d.asunto.trim().toLowerCase() !== d.typeLabel.trim().toLowerCase()
                        ? ` · ${d.asunto}`
                        : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td className="num" style={{ whiteSpace: 'nowrap' }}>
                    {d.number ?? (
                      <Text span size="sm" c="dimmed">
                        sin número
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="num">{formatDate(d.date)}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={st.color}
                      variant={d.status === 'borrador' ? 'outline' : 'light'}
                      size="sm"
                      radius="sm"
                      tt="none"
                      style={{ minWidth: 'max-content' }}
                    >
                      {st.label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
