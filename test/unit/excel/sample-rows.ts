/**
 * Realistic bitácora entries for the Excel tests: Spanish text with accents,
 * ñ, symbols that XML escapes, a line break, empty dates. Deterministic.
 */
import type { BitacoraExportRow } from '../../../electron/adapters/excel/bitacora-row';

const ESTADOS = [
  'Michoacán',
  'Nuevo León',
  'Yucatán',
  'Querétaro',
  'Estado de México',
  'San Luis Potosí',
  'Ciudad de México',
  'Zacatecas',
];
const ASUNTOS = [
  'Requerimiento de pago — Convenio 32x32, atención a pacientes afiliados',
  'Acuse de recibo de factura y hoja de cálculo',
  'Solicitud de documentación faltante (expediente clínico)',
  'Notificación de pago al Estado acreedor',
  'Re-requerimiento de pago: facturas de enero y febrero',
  'Consulta de pago por transferencia interbancaria',
  'Memorándum de subsanación de glosas',
  'Oficio de envío de factura fiscal',
];
const PERSONAS = [
  'Lic. José Núñez Peña',
  'Mtra. María Guadalupe Ibáñez Ordóñez',
  'C.P. Begoña Muñoz Álvarez',
  'Dr. Raúl Acuña Ríos',
  'Ing. Sofía Castañeda Jiménez',
  'L.A.E. Óscar Peñaloza Güemes',
];
const ENTREGO = [
  'Mensajería DHL',
  'Oficialía de partes',
  'Correo certificado',
  'Entrega personal',
  'Paquetería Estafeta',
];
const TIPOS = ['Oficio', 'Memorándum', 'Requerimiento', 'Acta', 'Factura'];
const OBS = [
  '',
  'Se recibió con acuse; falta el anexo de la hoja de cálculo.',
  'Pendiente de firma del Director & del Subdirector <urgente>',
  'Llegó sin sello de "recibido".\nSe solicitó reenvío por correo.',
  'Año fiscal 2025 — ajuste por glosa del 15 %',
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The i-th sample entry (0-based). Entry 0 is the known row the tests look for. */
export function sampleRow(i: number): BitacoraExportRow {
  const month = 1 + (i % 12);
  const day = 1 + ((i * 7) % 28);
  const fecha = i % 11 === 5 ? null : `2025-${pad(month)}-${pad(day)}`;
  const entrega = i % 4 === 3 ? null : `2025-${pad(month)}-${pad(Math.min(28, day + 2))}`;
  const estado = ESTADOS[i % ESTADOS.length]!;
  return {
    volante: `2025-${pad(i + 1, 4)}`,
    asunto: ASUNTOS[i % ASUNTOS.length]!,
    documento: `SSJ/DGA/CP/${pad(100 + i, 4)}/2025`,
    fecha,
    dirigidoA: PERSONAS[i % PERSONAS.length]!,
    estado,
    deParteDe: PERSONAS[(i + 3) % PERSONAS.length]!,
    entrego: ENTREGO[i % ENTREGO.length]!,
    fechaEntrega: entrega,
    direccion: i % 3 === 0 ? 'enviado' : 'recibido',
    lugarOrigen: i % 3 === 0 ? 'Guadalajara, Jal.' : `Capital de ${estado}`,
    carpetaFisica: `Carpeta ${estado.slice(0, 3).toUpperCase()}-${pad(1 + (i % 9))}`,
    observaciones: OBS[i % OBS.length]!,
    expediente: i % 6 === 0 ? '' : `EXP-2025-${pad(1 + (i % 30), 3)}`,
    tipoDocumento: TIPOS[i % TIPOS.length]!,
    escaneos: i % 4,
    enmiendas: i % 10 === 9 ? 1 : 0,
    registradoEl: `2025-${pad(month)}-${pad(day)}T${pad(15 + (i % 8))}:${pad((i * 13) % 60)}:00.000Z`,
  };
}

export const KNOWN_ROW: BitacoraExportRow = {
  volante: '2026-0001',
  asunto: 'Requerimiento de pago a Michoacán por atención de urgencias (niña de 7 años)',
  documento: 'OFICIO 0042/2026',
  fecha: '2026-02-03',
  dirigidoA: 'Lic. José Núñez Peña, Director de Administración',
  estado: 'Michoacán',
  deParteDe: 'Mtra. María Guadalupe Ibáñez Ordóñez',
  entrego: 'Oficialía de partes',
  fechaEntrega: '2026-02-05',
  direccion: 'enviado',
  lugarOrigen: 'Guadalajara, Jal.',
  carpetaFisica: 'Carpeta MIC-01',
  observaciones: 'Acuse con sello y firma; año fiscal 2026.',
  expediente: 'EXP-2026-001',
  tipoDocumento: 'Oficio',
  escaneos: 2,
  enmiendas: 0,
  registradoEl: '2026-02-03T17:45:00.000Z',
};

/** KNOWN_ROW first, then n − 1 sample entries. */
export function sampleRows(n: number): BitacoraExportRow[] {
  return [KNOWN_ROW, ...Array.from({ length: n - 1 }, (_, i) => sampleRow(i))];
}
