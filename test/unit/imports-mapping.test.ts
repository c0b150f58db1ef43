/** Column mapping: header folding, suggestions by synonym, resolution problems. */
import { describe, expect, it } from 'vitest';
import { normalizeHeader, resolveMapping, suggestMapping } from '../../electron/modules/imports/mapping';

describe('column mapping', () => {
  it('folds accents, case, punctuation and filler words', () => {
    expect(normalizeHeader('No. de Afiliación')).toBe('no afiliacion');
    expect(normalizeHeader('  FECHA  DE ATENCIÓN ')).toBe('fecha atencion');
  });

  it('suggests by exact synonym first, then by the words a header contains, one field per header', () => {
    const { columns, matches } = suggestMapping('listado', [
      'Folio',
      'Nombre del Paciente',
      'Núm. Póliza',
      'Fecha',
      'Clave CAUSES',
      'Tarifa CAUSES ($)',
      'Género',
      'Observaciones',
    ]);
    expect(columns).toEqual({
      idServicio: 'Folio',
      nombre: 'Nombre del Paciente',
      numeroAfiliacion: 'Núm. Póliza',
      fechaAtencion: 'Fecha',
      intervencion: 'Clave CAUSES',
      tarifa: 'Tarifa CAUSES ($)',
      sexo: 'Género',
    });
    expect(matches.find((m) => m.field === 'numeroAfiliacion')?.how).toBe('parcial');
    const hoja = suggestMapping('hoja', [
      'ENTIDAD PRESTADORA',
      'ENTIDAD DE AFILIACIÓN',
      'DESCRIPCIÓN',
      'COSTO UNITARIO',
      'NO. DE CASOS',
      'IMPORTE TOTAL',
      'MES',
      'ENTIDAD',
    ]).columns;
    expect(hoja).toEqual({
      entidadPrestadora: 'ENTIDAD PRESTADORA',
      entidadAfiliacion: 'ENTIDAD DE AFILIACIÓN',
      descripcion: 'DESCRIPCIÓN',
      costo: 'COSTO UNITARIO',
      cantidad: 'NO. DE CASOS',
      importe: 'IMPORTE TOTAL',
      periodo: 'MES',
    });
  });

  it('does not suggest a header that appears twice, and reports it when mapped', () => {
    expect(suggestMapping('hoja', ['Periodo', 'periodo']).columns.periodo).toBeUndefined();
    const r = resolveMapping(
      'hoja',
      ['Entidad prestadora', 'Entidad de afiliación', 'Descripción', 'Costo', 'Cantidad', 'Periodo', 'PERIODO'],
      {
        version: 1,
        kind: 'hoja',
        columns: {
          entidadPrestadora: 'Entidad prestadora',
          entidadAfiliacion: 'Entidad de afiliación',
          descripcion: 'Descripción',
          costo: 'Costo',
          cantidad: 'Cantidad',
          periodo: 'Periodo',
        },
      },
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      'La columna «Periodo» aparece 2 veces en el archivo: renombre una para poder asignarla a «Periodo».',
    ]);
  });

  it('requires costo or importe in the hoja', () => {
    const r = resolveMapping(
      'hoja',
      ['Entidad prestadora', 'Entidad de afiliación', 'Descripción', 'Cantidad', 'Periodo'],
      {
        version: 1,
        kind: 'hoja',
        columns: {
          entidadPrestadora: 'Entidad prestadora',
          entidadAfiliacion: 'Entidad de afiliación',
          descripcion: 'Descripción',
          cantidad: 'Cantidad',
          periodo: 'Periodo',
        },
      },
    );
    expect(r.problems.map((p) => p.message)).toEqual(['Falta una columna de la hoja de cálculo: «Costo» o «Importe».']);
  });
});
