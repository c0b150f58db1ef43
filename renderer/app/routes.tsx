import { Button } from '@mantine/core';
import { useEffect } from 'react';
import { EmptyState } from '../components/States';
import { CounterpartiesList, CounterpartyDetail, CounterpartyFormScreen } from '../features/counterparties';
import { Dashboard } from './dashboard';
import { InvoiceDetail, InvoiceForm, InvoicesList } from '../features/invoices';
import { PagosPorAplicar } from '../features/cartera-pagos';
import { ConciliacionDetail, ConciliacionesList } from '../features/conciliaciones';
import { DeterioroScreen } from '../features/deterioro';
import { ExpedienteDetail, ExpedientesList } from '../features/expedientes';
import { BitacoraRoutes } from '../features/bitacora';
import { CasesRoutes } from '../features/cases';
import { DocumentsRoutes } from '../features/documents';
import { AgreementsRoutes } from '../features/agreements';
import { ReportesScreen } from '../features/reports';
import { PortabilidadScreen } from '../features/portabilidad';
import { TemplatesEditor } from '../features/templates';
import { SettingsScreen } from '../features/settings';
import { navigate, useLocation } from '../lib/router';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function positiveId(s: string | undefined): number | null {
  if (!s || !/^\d+$/.test(s)) return null;
  const n = Number.parseInt(s, 10);
  return n > 0 ? n : null;
}

function NotFound() {
  return (
    <EmptyState
      title="Página no encontrada"
      description="La dirección no corresponde a ninguna sección de la aplicación."
      action={
        <Button size="xs" onClick={() => navigate('/tablero')}>
          Ir al tablero
        </Button>
      }
    />
  );
}

/** The route table: '#/seccion/...' → screen. */
export function Routes() {
  const { segments } = useLocation();
  const [a, b, c, d] = segments;
  switch (a) {
    case undefined:
      return <Redirect to="/tablero" />;
    case 'tablero':
      return <Dashboard />;
    case 'portabilidad':
      if (b === 'casos') return <CasesRoutes segments={segments.slice(2)} />;
      return <PortabilidadScreen />;
    case 'documentos':
      return <DocumentsRoutes segments={segments.slice(1)} />;
    case 'bitacora':
      return <BitacoraRoutes segments={segments.slice(1)} />;
    case 'acuerdos':
      return <AgreementsRoutes segments={segments.slice(1)} />;
    case 'reportes':
      return <ReportesScreen />;
    case 'configuracion':
      return <SettingsScreen templates={<TemplatesEditor />} />;
    case 'cartera': {
      if (b === undefined) return <Redirect to="/cartera/facturas" />;
      if (b === 'facturas') {
        if (c === undefined) return <InvoicesList />;
        if (c === 'nueva') return <InvoiceForm />;
        const id = positiveId(c);
        if (id && d === undefined) return <InvoiceDetail key={id} id={id} />;
      }
      if (b === 'pagos' && c === undefined) return <PagosPorAplicar />;
      if (b === 'deterioro' && c === undefined) return <DeterioroScreen />;
      if (b === 'conciliaciones') {
        if (c === undefined) return <ConciliacionesList />;
        const id = positiveId(c);
        if (id && d === undefined) return <ConciliacionDetail key={id} id={id} />;
      }
      if (b === 'expedientes') {
        if (c === undefined) return <ExpedientesList />;
        const id = positiveId(c);
        if (id && d === undefined) return <ExpedienteDetail key={id} counterpartyId={id} />;
      }
      if (b === 'entidades') {
        if (c === undefined) return <CounterpartiesList />;
        if (c === 'nueva') return <CounterpartyFormScreen />;
        const id = positiveId(c);
        if (id && d === undefined) return <CounterpartyDetail key={id} id={id} />;
        if (id && d === 'editar') return <CounterpartyFormScreen key={`e${id}`} id={id} />;
      }
      return <NotFound />;
    }
    default:
      return <NotFound />;
  }
}
