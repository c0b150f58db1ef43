import { Table } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { HojaRowOut, ListadoRowOut } from '../../../shared/api/types';
import { ENTIDADES_FEDERATIVAS } from '../../../shared/domain/catalogs';
import { Money } from '../../components/Money';
import { formatCount, formatDate, formatPeriod } from '../../lib/format';
import { useLocale } from '../../lib/session';

type Locale = 'es-MX' | 'es-CO';

interface Column<R> {
  header: string;
  right?: boolean;
  nowrap?: boolean;
  testId?: string;
  cell(r: R, locale: Locale): ReactNode;
}

const dash = (v: string | number | null) => (v === null || v === '' ? '—' : v);
const ENTIDAD = new Map<string, string>(ENTIDADES_FEDERATIVAS.map((e) => [e.inegi, e.name]));
/** INEGI code → state name ('14' → Jalisco). */
const entidad = (code: string) => ENTIDAD.get(code) ?? code;
/** The table scrolls inside the dialog, under its sticky header; the pager stays in view below. */
const MAX_HEIGHT = 'calc(100dvh - 330px)';

const rowNumber = { header: 'Fila', right: true, cell: (r: { row: number }) => r.row };

const HOJA_COLUMNS: Column<HojaRowOut>[] = [
  rowNumber,
  { header: 'Prestadora', cell: (r) => entidad(r.entidadPrestadora) },
  { header: 'Afiliación', cell: (r) => entidad(r.entidadAfiliacion) },
  { header: 'Descripción', cell: (r) => r.descripcion },
  { header: 'Clave', cell: (r) => dash(r.clave) },
  { header: 'Tipo', cell: (r) => dash(r.tipo) },
  {
    header: 'Costo',
    right: true,
    nowrap: true,
    cell: (r) => (r.costoCents === null ? '—' : <Money cents={r.costoCents} />),
  },
  { header: 'Cantidad', right: true, cell: (r, l) => formatCount(r.cantidad, l) },
  { header: 'Importe', right: true, nowrap: true, cell: (r) => <Money cents={r.importeCents} fw={500} /> },
  { header: 'Periodo', nowrap: true, cell: (r) => formatPeriod(r.periodo) },
  { header: 'Factura', cell: (r) => dash(r.factura) },
];

const SEXO = { H: 'Hombre', M: 'Mujer' } as const;

const LISTADO_COLUMNS: Column<ListadoRowOut>[] = [
  rowNumber,
  { header: 'ID servicio', nowrap: true, cell: (r) => r.idServicio },
  { header: 'Paciente', nowrap: true, testId: 'patient-name', cell: (r) => r.nombre },
  { header: 'Edad', right: true, cell: (r) => dash(r.edad) },
  { header: 'Sexo', cell: (r) => (r.sexo ? SEXO[r.sexo] : '—') },
  { header: 'Afiliación', nowrap: true, cell: (r) => r.numeroAfiliacion },
  { header: 'CURP', nowrap: true, cell: (r) => dash(r.curp) },
  { header: 'Fecha', nowrap: true, cell: (r) => formatDate(r.fechaAtencion) },
  { header: 'Tipo', cell: (r) => dash(r.tipoAtencion) },
  {
    header: 'Intervención',
    cell: (r) => (r.descripcionIntervencion ? `${r.intervencion} · ${r.descripcionIntervencion}` : r.intervencion),
  },
  { header: 'Tarifa', right: true, nowrap: true, cell: (r) => <Money cents={r.tarifaCents} /> },
  { header: 'Cant.', right: true, cell: (r, l) => formatCount(r.cantidad, l) },
  { header: 'Importe', right: true, nowrap: true, cell: (r) => <Money cents={r.importeCents} fw={500} /> },
  { header: 'Periodo', nowrap: true, cell: (r) => formatPeriod(r.periodo) },
];

function RowsTable<R extends { row: number }>({
  rows,
  columns,
  minWidth,
}: {
  rows: R[];
  columns: Column<R>[];
  minWidth: number;
}) {
  const locale = useLocale();
  const style = (c: Column<R>): CSSProperties | undefined => (c.nowrap ? { whiteSpace: 'nowrap' } : undefined);
  return (
    <Table.ScrollContainer minWidth={minWidth} maxHeight={MAX_HEIGHT}>
      <Table verticalSpacing={4} className="data-table" striped stickyHeader data-testid="import-rows">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.header} ta={c.right ? 'right' : undefined}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row} data-testid="import-row">
              {columns.map((c) => (
                <Table.Td
                  key={c.header}
                  ta={c.right ? 'right' : undefined}
                  className={c.right ? 'num' : undefined}
                  style={style(c)}
                  data-testid={c.testId}
                >
                  {c.cell(r, locale)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The lines of an imported hoja de cálculo, as stored. */
export function HojaRowsTable({ rows }: { rows: HojaRowOut[] }) {
  return <RowsTable rows={rows} columns={HOJA_COLUMNS} minWidth={960} />;
}

/** The lines of an imported listado nominal: personal health data, shown only inside its case. */
export function ListadoRowsTable({ rows }: { rows: ListadoRowOut[] }) {
  return <RowsTable rows={rows} columns={LISTADO_COLUMNS} minWidth={1250} />;
}
