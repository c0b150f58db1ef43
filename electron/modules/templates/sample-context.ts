/** Example data for the template editor's live preview (and tests): one realistic letter per profile. */
import type { Profile } from '../../../shared/domain/documents/types';
import {
  emptyAcuerdo,
  emptyLetterContext,
  type AcuerdoContext,
  type CuotaAcuerdoRow,
  type FacturaRow,
  type LetterContext,
} from './context';

/** The example agreement (capital 10.000.000,00, DTF 8,6 %, four cuotas) for the editor's preview. */
function sampleAcuerdo(): AcuerdoContext {
  const cuotas: CuotaAcuerdoRow[] = [
    { numero: 0, fecha: '2025-03-31', cuota: 255_157_696, capital: 255_157_696, interes: 0, saldo: 765_473_088 },
    {
      numero: 1,
      fecha: '2025-04-30',
      cuota: 194_680_141,
      capital: 189_399_303,
      interes: 5_280_838,
      saldo: 576_073_785,
    },
    {
      numero: 2,
      fecha: '2025-05-31',
      cuota: 194_680_141,
      capital: 190_705_929,
      interes: 3_974_212,
      saldo: 385_367_856,
    },
    {
      numero: 3,
      fecha: '2025-06-30',
      cuota: 194_680_141,
      capital: 192_021_569,
      interes: 2_658_572,
      saldo: 193_346_287,
    },
    { numero: 4, fecha: '2025-07-31', cuota: 194_680_142, capital: 193_346_287, interes: 1_333_855, saldo: 0 },
  ];
  return {
    ...emptyAcuerdo(),
    folio: 'ACU-2025-0001',
    nit_acreedor: '892.000.501-5',
    fecha_firma: '2025-03-31',
    facturas: [
      {
        numero: 'FE-20931',
        vencimiento: '2025-01-01',
        capital: 1_000_000_000,
        intereses: 20_630_784,
        total: 1_020_630_784,
      },
    ],
    capital: 1_000_000_000,
    intereses_mora: 20_630_784,
    deuda: 1_020_630_784,
    cuota_inicial: 255_157_696,
    porcentaje_inicial: '25,00 %',
    financiado: 765_473_088,
    numero_cuotas: 4,
    numero_cuotas_letras: 'cuatro',
    cuota_fija: 194_680_141,
    fecha_primera_cuota: '2025-04-30',
    fecha_ultima_cuota: '2025-07-31',
    periodo_dtf: '2025-03',
    tasa_dtf: '8,6 %',
    tasa_mensual: '0,6898 %',
    intereses_plazo: 13_247_477,
    total: 1_033_878_261,
    cuantia: 'Mínima cuantía',
    cuotas,
    garantia: {
      tipo: 'Pagaré',
      descripcion: 'Pagaré en blanco con carta de instrucciones firmado por el representante legal',
    },
    deudor: {
      nombre: 'EPS Salud Llanos S.A.S.',
      nit: '900.123.456-7',
      representante: 'Andrés Felipe Rojas Medina',
      cargo: 'Representante Legal',
      direccion: 'Carrera 33 No. 15-20, Villavicencio, Meta',
      telefono: '(608) 670 0000',
      correo: 'notificaciones@saludllanos.com.co',
    },
  };
}

/** Realistic example data for the editor's live preview (and tests). */
export function sampleLetterContext(perfil: Profile): LetterContext {
  if (perfil === 'MX') {
    const facturas: FacturaRow[] = [
      {
        hoja: 'HC-NAY-0725-014',
        mes: '2025-07',
        numero: 'A-1532',
        fecha: '2025-09-15',
        monto: 84_500_000,
        saldo: 84_500_000,
        dias_vencidos: 111,
      },
      {
        hoja: 'HC-NAY-0825-009',
        mes: '2025-08',
        numero: 'A-1533',
        fecha: '2025-09-15',
        monto: 38_956_789,
        saldo: 38_956_789,
        dias_vencidos: 111,
      },
    ];
    return {
      ...emptyLetterContext('MX'),
      numero: 'DGF/0042/2026',
      fecha: '2026-02-03',
      institucion: {
        nombre: 'Régimen Estatal de Protección Social en Salud de Jalisco',
        siglas: 'REPSS Jalisco',
        area: 'Dirección de Financiamiento',
        ciudad: 'Guadalajara, Jal.',
        estado: 'Jalisco',
        direccion: 'Av. Chapultepec No. 115, Col. Ladrón de Guevara, C.P. 44600, Guadalajara, Jal.',
        telefono: '33 3030 5000',
        correo: 'portabilidad@salud.jalisco.gob.mx',
      },
      destinatario: {
        titulo: 'LIC.',
        nombre: 'María Fernanda López Ruiz',
        cargo: 'Directora General del Régimen Estatal de Protección Social en Salud del Estado de Nayarit',
        institucion: 'Servicios de Salud de Nayarit',
        direccion: 'Calle Ures No. 205, Col. Centro, C.P. 63000, Tepic, Nay.',
      },
      entidad: { nombre: 'Nayarit', estado: 'Nayarit', id_fiscal: 'SSN960101AB1' },
      firmantes: [
        { nombre: 'C.P. Laura Elena Ramírez Soto', cargo: 'Jefa del Departamento de Financiamiento y Balance' },
        { nombre: 'Dr. José Luis Pérez García', cargo: 'Director General' },
      ],
      caso: { folio: 'COB-2026-0015', periodo: '2025-07', periodo_fin: '2025-08', etapa: 'Requerimiento de pago' },
      facturas,
      total: 123_456_789,
      saldo: 123_456_789,
      fecha_corte: '2026-01-31',
      oficio_referencia: {
        numero: 'DCGSSP/1234/2025',
        fecha: '2025-09-10',
        emisor: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
      },
      requerimientos: [
        { numero: 'DGF/0311/2025', fecha: '2025-09-22', emisor: 'Dirección General' },
        { numero: 'DGF/0388/2025', fecha: '2025-11-05', emisor: 'Dirección General' },
      ],
      plazo_dias: 10,
      fecha_limite: '2026-01-05',
      dias_transcurridos: 134,
      autoridad_nacional: 'Comisión Nacional de Protección Social en Salud',
      banco: {
        denominacion: 'Régimen Estatal de Protección Social en Salud de Jalisco',
        banco: 'BBVA México, S.A.',
        cuenta: '0112345678',
        clabe: '012320001123456787',
        tipo_cuenta: 'Cheques',
      },
      pago: {
        monto: 123_456_789,
        fecha: '2026-01-28',
        referencia: '0098765432',
        medio: 'transferencia electrónica interbancaria',
      },
      observaciones:
        'Se reportan tres atenciones duplicadas en el listado nominal de julio de 2025 y una diferencia de tarifa CAUSES en la intervención 143.',
      documentos_faltantes: ['recibo fiscal', 'listado nominal firmado', 'constancia de validación médica'],
      texto:
        'Por medio del presente me permito solicitar a usted la actualización de los datos de contacto del enlace de portabilidad de su Estado.',
      asunto: 'Actualización de datos de contacto del enlace de portabilidad',
    };
  }
  const facturas: FacturaRow[] = [
    {
      hoja: '',
      mes: '2025-03',
      numero: 'FE-20931',
      fecha: '2025-04-05',
      monto: 1_523_450_000,
      saldo: 1_200_000_000,
      dias_vencidos: 272,
    },
    {
      hoja: '',
      mes: '2025-05',
      numero: 'FE-21877',
      fecha: '2025-06-04',
      monto: 845_000_050,
      saldo: 845_000_050,
      dias_vencidos: 212,
    },
  ];
  return {
    ...emptyLetterContext('CO'),
    numero: 'DGF/0107/2026',
    fecha: '2026-02-03',
    institucion: {
      nombre: 'Empresa Social del Estado del Departamento del Meta E.S.E. "Solución Salud"',
      siglas: 'ESE Solución Salud',
      area: 'Subgerencia Administrativa y Financiera — Área de Cartera',
      ciudad: 'Villavicencio, Meta',
      estado: 'Meta',
      direccion: 'Calle 37 No. 41-80, Barrio Barzal, Villavicencio, Meta',
      telefono: '(608) 661 5000',
      correo: 'cartera@solucionsalud.gov.co',
    },
    destinatario: {
      titulo: 'Doctor',
      nombre: 'Andrés Felipe Rojas Medina',
      cargo: 'Representante Legal',
      institucion: 'EPS Salud Llanos S.A.S.',
      direccion: 'Carrera 33 No. 15-20, Villavicencio, Meta',
    },
    entidad: { nombre: 'EPS Salud Llanos S.A.S.', estado: 'Meta', id_fiscal: '900.123.456-7' },
    firmantes: [{ nombre: 'Carolina Gómez Pardo', cargo: 'Profesional Líder de Cartera' }],
    caso: { folio: 'CAR-2026-0031', periodo: '2025-03', periodo_fin: '2025-05', etapa: 'Cobro persuasivo' },
    facturas,
    total: 2_368_450_050,
    saldo: 2_045_000_050,
    fecha_corte: '2026-01-31',
    oficio_referencia: { numero: 'DGF/0061/2026', fecha: '2026-01-20', emisor: 'Área de Cartera' },
    plazo_dias: 15,
    autoridad_nacional: 'Superintendencia Nacional de Salud',
    banco: {
      denominacion: 'ESE Departamental Solución Salud',
      banco: 'Banco de Bogotá',
      cuenta: '123-45678-9',
      clabe: '',
      tipo_cuenta: 'Corriente',
    },
    citacion: {
      fecha: '2026-02-17',
      hora: '9:00 a. m.',
      lugar: 'Oficina de Cartera, Calle 37 No. 41-80, Villavicencio',
    },
    texto:
      'Por medio del presente me permito solicitar la actualización de los datos de contacto para notificaciones de su entidad.',
    asunto: 'Actualización de datos de contacto para notificaciones',
    acuerdo: sampleAcuerdo(),
  };
}
