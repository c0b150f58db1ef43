import { ScrollArea, Table, Text } from '@mantine/core';
import type { ImportProblem } from '../../../shared/api/types';
import { formatCount } from '../../lib/format';
import { useLocale } from '../../lib/session';
import { plural } from './labels';

/**
 * Problems of an import, one per line: Fila, Columna, Problema. The backend
 * keeps the first ones; `count` is how many there were in all.
 */
export function ProblemsTable({
  problems,
  count,
  truncated,
  noun,
  testId,
}: {
  problems: ImportProblem[];
  count: number;
  truncated: boolean;
  noun: [string, string];
  testId: string;
}) {
  const locale = useLocale();
  if (problems.length === 0) return null;
  return (
    <div>
      <ScrollArea.Autosize mah={320} type="auto" offsetScrollbars>
        <Table verticalSpacing={5} className="data-table" stickyHeader data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Fila</Table.Th>
              <Table.Th w={190}>Columna</Table.Th>
              <Table.Th>Problema</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr
                key={`${p.row ?? 'f'}-${p.code}-${i}`}
                data-testid={`${testId}-row`}
                data-row={p.row ?? undefined}
              >
                <Table.Td className="num">
                  {p.row ?? (
                    <Text span size="sm" c="dimmed">
                      Archivo
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.column ?? (
                    <Text span size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {truncated && (
        <Text size="xs" c="dimmed" mt={6} data-testid={`${testId}-truncated`}>
          Se muestran los primeros {plural(problems.length, noun[0], noun[1], locale)} de {formatCount(count, locale)}.
          Corrija estos y vuelva a importar para ver los siguientes.
        </Text>
      )}
    </div>
  );
}

/** Warnings of an import (possible duplicates, …): they do not stop it. */
export function ImportWarnings({ warnings, count }: { warnings: ImportProblem[]; count: number }) {
  if (count === 0) return null;
  return (
    <div data-testid="import-warnings">
      <Text size="sm" fw={600} c="yellow.9" mb={4}>
        {count === 1 ? 'Una advertencia' : `${count} advertencias`} (no impiden importar; revíselas)
      </Text>
      <ProblemsTable
        problems={warnings}
        count={count}
        truncated={warnings.length < count}
        noun={['advertencia', 'advertencias']}
        testId="import-warning"
      />
    </div>
  );
}
