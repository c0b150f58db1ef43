/** Institution profile, signatories, reference units and logos (Configuración). */
import { SettingsErrorCodes } from '../../../shared/api/errors-settings';
import { FileErrorCodes } from '../../../shared/api/errors-files';
import { PREJURIDICO_DAYS_DEFAULT } from '../../../shared/domain/cartera/expediente-plazos';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { Institution, ReferenceUnit, Settings, Signatory } from '../../../shared/api/types';
import { profileLocale } from '../../../shared/domain/catalogs';
import { currencyOf } from '../../../shared/domain/money';
import { unitValidity } from '../../../shared/domain/reference-unit';
import * as repo from '../../../db/repositories/settings';
import { activateEntidades } from '../../../db/repositories/counterparties';
import type { ServiceContext, ReadContext } from '../../core/context';
import { sniffImage } from '../../adapters/files/sniff';

export function toInstitution(row: repo.InstitutionRow): Institution {
  const locale = profileLocale(row.profile);
  const { id: _id, ...rest } = row;
  return { ...rest, locale, currency: currencyOf(locale) };
}

function signatoriesOf(ctx: ReadContext): Signatory[] {
  return repo.listSignatories(ctx.db).map((s) => ({
    id: s.id,
    title: s.title,
    name: s.name,
    position: s.position,
    initials: s.initials,
    sortOrder: s.sortOrder,
    active: s.active,
  }));
}

function referenceUnitsOf(ctx: ReadContext): ReferenceUnit[] {
  return repo.listReferenceUnits(ctx.db).map((r) => ({
    kind: r.kind,
    year: r.year,
    valueCents: r.valueCents,
    validFrom: r.validFrom,
    validTo: r.validTo,
    source: r.source,
  }));
}

export function getSettings(ctx: ReadContext): Settings {
  const row = repo.getInstitution(ctx.db);
  return {
    institution: row ? toInstitution(row) : null,
    signatories: signatoriesOf(ctx),
    referenceUnits: referenceUnitsOf(ctx),
  };
}

export function requireInstitution(ctx: ReadContext): Institution {
  const row = repo.getInstitution(ctx.db);
  if (!row)
    throw new DomainError(
      SettingsErrorCodes.noInstitution,
      'Primero complete la configuración inicial de la institución.',
    );
  return toInstitution(row);
}

export function saveInstitution(ctx: ServiceContext, input: ParsedInput<'settings.saveInstitution'>): Institution {
  const current = repo.getInstitution(ctx.db);
  if (current && current.profile !== input.profile) {
    throw new DomainError(
      SettingsErrorCodes.fixedProfile,
      'El perfil de la institución (MX o CO) se elige una sola vez; cambiarlo alteraría catálogos y reglas de datos ya registrados.',
    );
  }
  const row = repo.upsertInstitution(ctx.db, {
    ...input,
    ownStateCode: input.profile === 'MX' ? input.ownStateCode : null,
    referenceUnitKind: input.referenceUnitKind ?? (input.profile === 'CO' ? 'SMMLV' : 'UMA'),
    prejuridicoDays: input.prejuridicoDays ?? current?.prejuridicoDays ?? PREJURIDICO_DAYS_DEFAULT,
    logoLeftAssetId: current?.logoLeftAssetId ?? null,
    logoRightAssetId: current?.logoRightAssetId ?? null,
    setupCompletedAt: current?.setupCompletedAt ?? null,
    updatedAt: ctx.now().toISOString(),
  });
  return toInstitution(row);
}

export function saveSignatories(ctx: ServiceContext, input: ParsedInput<'settings.saveSignatories'>): Signatory[] {
  const existing = new Map(repo.listSignatories(ctx.db).map((s) => [s.id, s]));
  const kept = new Set<number>();
  input.signatories.forEach((s, i) => {
    const values = {
      title: s.title,
      name: s.name,
      position: s.position,
      initials: s.initials,
      active: s.active,
      sortOrder: i,
    };
    if (s.id !== undefined) {
      if (!existing.has(s.id)) throw new DomainError(ErrorCodes.notFound, `No existe el firmante ${s.id}.`);
      repo.updateSignatory(ctx.db, s.id, values);
      kept.add(s.id);
    } else {
      repo.insertSignatory(ctx.db, values, ctx.now().toISOString());
    }
  });
  // Signatories named on issued letters stay on record: removal only deactivates.
  for (const id of existing.keys()) if (!kept.has(id)) repo.updateSignatory(ctx.db, id, { active: false });
  return signatoriesOf(ctx);
}

export function completeSetup(
  ctx: ServiceContext,
  input: ParsedInput<'settings.completeSetup'>,
  loadDemo: (ctx: ServiceContext) => void,
): Settings {
  const current = repo.getInstitution(ctx.db);
  if (current?.setupCompletedAt)
    throw new DomainError(
      SettingsErrorCodes.alreadyConfigured,
      'La configuración inicial ya se completó; use Configuración para cambiar datos.',
    );
  saveInstitution(ctx, input.institution);
  if (input.signatories.length) saveSignatories(ctx, { signatories: input.signatories });
  const row = repo.getInstitution(ctx.db)!;
  repo.upsertInstitution(ctx.db, { ...row, setupCompletedAt: ctx.now().toISOString() });
  // The 32 entidades are counterparties only for an MX institution, and never its own state.
  activateEntidades(ctx.db, row.profile, row.ownStateCode, ctx.now().toISOString());
  if (input.loadDemo) loadDemo(ctx);
  return getSettings(ctx);
}

/** A year of a unit inserted or corrected, its validity set by its kind (UMA: 1 February → 31 January; SMMLV and salario mínimo: the calendar year). */
export function setReferenceUnit(
  ctx: ServiceContext,
  input: ParsedInput<'settings.setReferenceUnit'>,
): ReferenceUnit[] {
  repo.upsertReferenceUnit(
    ctx.db,
    {
      kind: input.kind,
      year: input.year,
      valueCents: input.valueCents,
      ...unitValidity(input.kind, input.year),
      source: input.source,
    },
    ctx.now().toISOString(),
  );
  return referenceUnitsOf(ctx);
}

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export function setLogo(ctx: ServiceContext, input: ParsedInput<'settings.setLogo'>): Institution {
  const row = repo.getInstitution(ctx.db);
  if (!row)
    throw new DomainError(
      SettingsErrorCodes.noInstitution,
      'Primero complete la configuración inicial de la institución.',
    );
  let assetId: number | null = null;
  if (input.image) {
    const bytes = Buffer.from(input.image.dataBase64, 'base64');
    if (bytes.length === 0) throw new DomainError(FileErrorCodes.empty, 'El archivo de imagen está vacío.');
    if (bytes.length > MAX_LOGO_BYTES)
      throw new DomainError(FileErrorCodes.tooBig, 'La imagen excede el tamaño máximo de 2 MB.');
    const mime = sniffImage(bytes);
    if (!mime)
      throw new DomainError(
        FileErrorCodes.wrongType,
        'El logotipo debe ser una imagen PNG o JPG (se revisa el contenido, no la extensión).',
      );
    assetId = repo.insertAsset(ctx.db, { kind: 'logo', mime, data: bytes, createdAt: ctx.now().toISOString() }).id;
  }
  const updated = repo.upsertInstitution(ctx.db, {
    ...row,
    ...(input.slot === 'left' ? { logoLeftAssetId: assetId } : { logoRightAssetId: assetId }),
    updatedAt: ctx.now().toISOString(),
  });
  return toInstitution(updated);
}

export function getAssetData(ctx: ReadContext, id: number) {
  const a = repo.getAsset(ctx.db, id);
  if (!a) throw new DomainError(ErrorCodes.notFound, `No existe el archivo ${id}.`);
  return { id: a.id, mime: a.mime, sha256: a.sha256, dataBase64: a.data.toString('base64') };
}
