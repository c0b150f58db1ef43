import { IconBook2, IconChartBar, IconFileText, IconHeartHandshake } from '@tabler/icons-react';
import { UnderConstruction } from '../../components/UnderConstruction';

export function DocumentosScreen() {
  return (
    <UnderConstruction
      title="Documentos"
      icon={<IconFileText size={24} stroke={1.5} />}
      description="Aquí se redactarán, numerarán sin huecos, firmarán e imprimirán los oficios y memorándums (requerimientos de pago, subsanaciones, envío de facturas, ejecución de garantía…) generados con los datos del libro mayor."
    />
  );
}

export function BitacoraScreen() {
  return (
    <UnderConstruction
      title="Bitácora"
      icon={<IconBook2 size={24} stroke={1.5} />}
      description="Aquí se registrará cada documento recibido o enviado con su folio anual, asunto, fechas y acuse, con correcciones que conservan el historial y exportación a Excel."
    />
  );
}

export function AcuerdosScreen() {
  return (
    <UnderConstruction
      title="Acuerdos de pago"
      icon={<IconHeartHandshake size={24} stroke={1.5} />}
      description="Aquí se pactarán y seguirán los acuerdos de pago: pago inicial de al menos 25 %, cuotas mensuales con intereses, plazo máximo según la cuantía, garantía y aceleración tras dos cuotas incumplidas."
    />
  );
}

export function ReportesScreen() {
  return (
    <UnderConstruction
      title="Reportes"
      icon={<IconChartBar size={24} stroke={1.5} />}
      description="Aquí se generarán en Excel y PDF la cartera por edades, por cuantía y riesgo, los estados de cuenta, los impagables, la posición neta 32x32, los candidatos al BDME y el informe mensual."
    />
  );
}
