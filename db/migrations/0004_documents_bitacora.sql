CREATE TABLE `bitacora_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`changes` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `bitacora_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bitacora_amendments_entry` ON `bitacora_amendments` (`entry_id`,`id`);--> statement-breakpoint
CREATE TABLE `bitacora_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`asset_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `bitacora_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bitacora_attachments_entry` ON `bitacora_attachments` (`entry_id`);--> statement-breakpoint
CREATE TABLE `bitacora_current` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`folio` integer NOT NULL,
	`direction` text NOT NULL,
	`asunto` text NOT NULL,
	`document_number` text NOT NULL,
	`document_date` text,
	`addressed_to` text NOT NULL,
	`entity` text NOT NULL,
	`counterparty_id` integer,
	`from_party` text NOT NULL,
	`delivered_by` text NOT NULL,
	`delivery_date` text,
	`origin` text NOT NULL,
	`folder` text NOT NULL,
	`observations` text NOT NULL,
	`case_ref` text NOT NULL,
	`doc_kind` text NOT NULL,
	`document_id` integer,
	`amendment_count` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `bitacora_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bitacora_current_date` ON `bitacora_current` (`document_date`,`id`);--> statement-breakpoint
CREATE INDEX `bitacora_current_counterparty` ON `bitacora_current` (`counterparty_id`,`document_date`);--> statement-breakpoint
CREATE INDEX `bitacora_current_direction` ON `bitacora_current` (`direction`,`document_date`);--> statement-breakpoint
CREATE TABLE `bitacora_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`folio` integer NOT NULL,
	`direction` text NOT NULL,
	`asunto` text NOT NULL,
	`document_number` text DEFAULT '' NOT NULL,
	`document_date` text,
	`addressed_to` text DEFAULT '' NOT NULL,
	`entity` text DEFAULT '' NOT NULL,
	`counterparty_id` integer,
	`from_party` text DEFAULT '' NOT NULL,
	`delivered_by` text DEFAULT '' NOT NULL,
	`delivery_date` text,
	`origin` text DEFAULT '' NOT NULL,
	`folder` text DEFAULT '' NOT NULL,
	`observations` text DEFAULT '' NOT NULL,
	`case_ref` text DEFAULT '' NOT NULL,
	`doc_kind` text DEFAULT '' NOT NULL,
	`document_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bitacora_entries_year_folio` ON `bitacora_entries` (`year`,`folio`);--> statement-breakpoint
CREATE INDEX `bitacora_entries_document` ON `bitacora_entries` (`document_id`);--> statement-breakpoint
CREATE TABLE `document_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`means` text DEFAULT '' NOT NULL,
	`received_by` text DEFAULT '' NOT NULL,
	`asset_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_events_document` ON `document_events` (`document_id`,`id`);--> statement-breakpoint
CREATE TABLE `document_type_settings` (
	`doc_type` text PRIMARY KEY NOT NULL,
	`number_format` text NOT NULL,
	`series` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`doc_type` text NOT NULL,
	`status` text NOT NULL,
	`counterparty_id` integer,
	`date` text NOT NULL,
	`asunto` text DEFAULT '' NOT NULL,
	`data` text NOT NULL,
	`series` text,
	`year` integer,
	`seq` integer,
	`number` text,
	`letter` text,
	`template_id` integer,
	`pdf_asset_id` integer,
	`pdf_sha256` text,
	`issued_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pdf_asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_series_year_seq` ON `documents` (`series`,`year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_number` ON `documents` (`number`);--> statement-breakpoint
CREATE INDEX `documents_type_status` ON `documents` (`doc_type`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `documents_counterparty` ON `documents` (`counterparty_id`,`id`);--> statement-breakpoint
CREATE INDEX `documents_year` ON `documents` (`year`,`id`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`doc_type` text NOT NULL,
	`version` integer NOT NULL,
	`asunto` text NOT NULL,
	`body` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `templates_type_version` ON `templates` (`doc_type`,`version`);--> statement-breakpoint
-- Stored files (logos, issued PDFs, scans) are immutable: a document's PDF
-- and its SHA-256 must keep matching.
CREATE TRIGGER `assets_no_update` BEFORE UPDATE ON `assets`
BEGIN
  SELECT RAISE(ABORT, 'archivos: los archivos guardados no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `assets_no_delete` BEFORE DELETE ON `assets`
BEGIN
  SELECT RAISE(ABORT, 'archivos: los archivos guardados no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `assets_no_replace` BEFORE INSERT ON `assets`
WHEN EXISTS (SELECT 1 FROM `assets` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'archivos: los archivos guardados no se reemplazan');
END;
--> statement-breakpoint
-- Templates are versioned: saving adds a version.
CREATE TRIGGER `templates_no_update` BEFORE UPDATE ON `templates`
BEGIN
  SELECT RAISE(ABORT, 'plantillas: las versiones de una plantilla no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `templates_no_delete` BEFORE DELETE ON `templates`
BEGIN
  SELECT RAISE(ABORT, 'plantillas: las versiones de una plantilla no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `templates_no_replace` BEFORE INSERT ON `templates`
WHEN EXISTS (SELECT 1 FROM `templates` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'plantillas: las versiones de una plantilla no se reemplazan');
END;
--> statement-breakpoint
CREATE TRIGGER `document_events_no_update` BEFORE UPDATE ON `document_events`
BEGIN
  SELECT RAISE(ABORT, 'documentos: los eventos de un documento no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `document_events_no_delete` BEFORE DELETE ON `document_events`
BEGIN
  SELECT RAISE(ABORT, 'documentos: los eventos de un documento no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `document_events_no_replace` BEFORE INSERT ON `document_events`
WHEN EXISTS (SELECT 1 FROM `document_events` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'documentos: los eventos de un documento no se reemplazan');
END;
--> statement-breakpoint
-- The bitácora is append-only: corrections are amendments with a reason.
CREATE TRIGGER `bitacora_entries_no_update` BEFORE UPDATE ON `bitacora_entries`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los registros de la bitácora no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_entries_no_delete` BEFORE DELETE ON `bitacora_entries`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los registros de la bitácora no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_entries_no_replace` BEFORE INSERT ON `bitacora_entries`
WHEN EXISTS (SELECT 1 FROM `bitacora_entries` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los registros de la bitácora no se reemplazan');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_amendments_no_update` BEFORE UPDATE ON `bitacora_amendments`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: las enmiendas no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_amendments_no_delete` BEFORE DELETE ON `bitacora_amendments`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: las enmiendas no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_amendments_no_replace` BEFORE INSERT ON `bitacora_amendments`
WHEN EXISTS (SELECT 1 FROM `bitacora_amendments` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'bitácora: las enmiendas no se reemplazan');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_attachments_no_update` BEFORE UPDATE ON `bitacora_attachments`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los escaneos adjuntos no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_attachments_no_delete` BEFORE DELETE ON `bitacora_attachments`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los escaneos adjuntos no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_attachments_no_replace` BEFORE INSERT ON `bitacora_attachments`
WHEN EXISTS (SELECT 1 FROM `bitacora_attachments` WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los escaneos adjuntos no se reemplazan');
END;
--> statement-breakpoint
-- The volante is the next consecutive of its year: no gaps, no repeats.
CREATE TRIGGER `bitacora_entries_folio` BEFORE INSERT ON `bitacora_entries`
WHEN NEW.folio IS NOT COALESCE((SELECT MAX(folio) FROM bitacora_entries WHERE year = NEW.year), 0) + 1
BEGIN
  SELECT RAISE(ABORT, 'bitácora: el volante debe ser el siguiente consecutivo del año');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_entries_project` AFTER INSERT ON `bitacora_entries`
BEGIN
  INSERT INTO bitacora_current (id, year, folio, direction, asunto, document_number, document_date, addressed_to, entity,
    counterparty_id, from_party, delivered_by, delivery_date, origin, folder, observations, case_ref, doc_kind, document_id,
    amendment_count, created_at)
  VALUES (NEW.id, NEW.year, NEW.folio, NEW.direction, NEW.asunto, NEW.document_number, NEW.document_date, NEW.addressed_to,
    NEW.entity, NEW.counterparty_id, NEW.from_party, NEW.delivered_by, NEW.delivery_date, NEW.origin, NEW.folder,
    NEW.observations, NEW.case_ref, NEW.doc_kind, NEW.document_id, 0, NEW.created_at);
END;
--> statement-breakpoint
-- An amendment names only amendable fields, with values of the right type.
CREATE TRIGGER `bitacora_amendments_validate` BEFORE INSERT ON `bitacora_amendments`
BEGIN
  SELECT CASE
    WHEN NOT json_valid(NEW.changes) OR json_type(NEW.changes) <> 'object'
      THEN RAISE(ABORT, 'bitácora: la enmienda no es válida')
    WHEN NOT EXISTS (SELECT 1 FROM json_each(NEW.changes))
      THEN RAISE(ABORT, 'bitácora: la enmienda no cambia nada')
    WHEN EXISTS (SELECT 1 FROM json_each(NEW.changes) WHERE key NOT IN ('asunto', 'document_number', 'addressed_to', 'entity', 'from_party', 'delivered_by', 'origin', 'folder', 'observations', 'case_ref', 'doc_kind', 'document_date', 'delivery_date', 'direction', 'counterparty_id'))
      THEN RAISE(ABORT, 'bitácora: la enmienda cambia un campo que no se enmienda')
    WHEN EXISTS (SELECT 1 FROM json_each(NEW.changes) WHERE key IN ('asunto', 'document_number', 'addressed_to', 'entity', 'from_party', 'delivered_by', 'origin', 'folder', 'observations', 'case_ref', 'doc_kind') AND type <> 'text')
      THEN RAISE(ABORT, 'bitácora: la enmienda tiene un valor no válido')
    WHEN json_type(NEW.changes, '$.asunto') = 'text' AND trim(json_extract(NEW.changes, '$.asunto')) = ''
      THEN RAISE(ABORT, 'bitácora: el asunto no puede quedar vacío')
    WHEN json_type(NEW.changes, '$.direction') IS NOT NULL AND json_extract(NEW.changes, '$.direction') NOT IN ('recibido', 'enviado')
      THEN RAISE(ABORT, 'bitácora: dirección no válida')
    WHEN length(trim(NEW.reason)) < 5
      THEN RAISE(ABORT, 'bitácora: explique el motivo de la enmienda')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_amendments_apply` AFTER INSERT ON `bitacora_amendments`
BEGIN
  UPDATE bitacora_current SET
    asunto = CASE WHEN json_type(NEW.changes, '$.asunto') IS NULL THEN asunto ELSE json_extract(NEW.changes, '$.asunto') END,
    document_number = CASE WHEN json_type(NEW.changes, '$.document_number') IS NULL THEN document_number ELSE json_extract(NEW.changes, '$.document_number') END,
    addressed_to = CASE WHEN json_type(NEW.changes, '$.addressed_to') IS NULL THEN addressed_to ELSE json_extract(NEW.changes, '$.addressed_to') END,
    entity = CASE WHEN json_type(NEW.changes, '$.entity') IS NULL THEN entity ELSE json_extract(NEW.changes, '$.entity') END,
    from_party = CASE WHEN json_type(NEW.changes, '$.from_party') IS NULL THEN from_party ELSE json_extract(NEW.changes, '$.from_party') END,
    delivered_by = CASE WHEN json_type(NEW.changes, '$.delivered_by') IS NULL THEN delivered_by ELSE json_extract(NEW.changes, '$.delivered_by') END,
    origin = CASE WHEN json_type(NEW.changes, '$.origin') IS NULL THEN origin ELSE json_extract(NEW.changes, '$.origin') END,
    folder = CASE WHEN json_type(NEW.changes, '$.folder') IS NULL THEN folder ELSE json_extract(NEW.changes, '$.folder') END,
    observations = CASE WHEN json_type(NEW.changes, '$.observations') IS NULL THEN observations ELSE json_extract(NEW.changes, '$.observations') END,
    case_ref = CASE WHEN json_type(NEW.changes, '$.case_ref') IS NULL THEN case_ref ELSE json_extract(NEW.changes, '$.case_ref') END,
    doc_kind = CASE WHEN json_type(NEW.changes, '$.doc_kind') IS NULL THEN doc_kind ELSE json_extract(NEW.changes, '$.doc_kind') END,
    document_date = CASE WHEN json_type(NEW.changes, '$.document_date') IS NULL THEN document_date ELSE json_extract(NEW.changes, '$.document_date') END,
    delivery_date = CASE WHEN json_type(NEW.changes, '$.delivery_date') IS NULL THEN delivery_date ELSE json_extract(NEW.changes, '$.delivery_date') END,
    direction = CASE WHEN json_type(NEW.changes, '$.direction') IS NULL THEN direction ELSE json_extract(NEW.changes, '$.direction') END,
    counterparty_id = CASE WHEN json_type(NEW.changes, '$.counterparty_id') IS NULL THEN counterparty_id ELSE json_extract(NEW.changes, '$.counterparty_id') END,
    amendment_count = amendment_count + 1
  WHERE id = NEW.entry_id;
END;
--> statement-breakpoint
-- The projection is written only by the two triggers above: an update must
-- be the one that applies the amendment just recorded.
CREATE TRIGGER `bitacora_current_only_derived` BEFORE UPDATE ON `bitacora_current`
WHEN NEW.id <> OLD.id OR NEW.year <> OLD.year OR NEW.folio <> OLD.folio OR NEW.document_id IS NOT OLD.document_id
  OR NEW.created_at <> OLD.created_at OR NEW.amendment_count <> OLD.amendment_count + 1
  OR NEW.amendment_count <> (SELECT COUNT(*) FROM bitacora_amendments WHERE entry_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los registros no se modifican; registre una enmienda con su motivo');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_current_no_delete` BEFORE DELETE ON `bitacora_current`
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los registros de la bitácora no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_current_no_replace` BEFORE INSERT ON `bitacora_current`
WHEN EXISTS (SELECT 1 FROM bitacora_current WHERE id = NEW.id)
  OR NOT EXISTS (SELECT 1 FROM bitacora_entries WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'bitácora: los registros de la bitácora no se reemplazan');
END;
--> statement-breakpoint
-- Accent- and case-insensitive search over the current text of each entry.
CREATE VIRTUAL TABLE `bitacora_fts` USING fts5(asunto, document_number, addressed_to, entity, from_party, delivered_by, origin, folder, observations, case_ref, doc_kind, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `bitacora_current_fts_insert` AFTER INSERT ON `bitacora_current`
BEGIN
  INSERT INTO bitacora_fts (rowid, asunto, document_number, addressed_to, entity, from_party, delivered_by, origin, folder, observations, case_ref, doc_kind) VALUES (NEW.id, NEW.asunto, NEW.document_number, NEW.addressed_to, NEW.entity, NEW.from_party, NEW.delivered_by, NEW.origin, NEW.folder, NEW.observations, NEW.case_ref, NEW.doc_kind);
END;
--> statement-breakpoint
CREATE TRIGGER `bitacora_current_fts_update` AFTER UPDATE ON `bitacora_current`
BEGIN
  DELETE FROM bitacora_fts WHERE rowid = OLD.id;
  INSERT INTO bitacora_fts (rowid, asunto, document_number, addressed_to, entity, from_party, delivered_by, origin, folder, observations, case_ref, doc_kind) VALUES (NEW.id, NEW.asunto, NEW.document_number, NEW.addressed_to, NEW.entity, NEW.from_party, NEW.delivered_by, NEW.origin, NEW.folder, NEW.observations, NEW.case_ref, NEW.doc_kind);
END;
--> statement-breakpoint
-- Documents: a borrador is the only editable state; numbers are assigned at
-- issue as the next consecutive of the series and year, and from then on the
-- letter, its number and its PDF never change. Status only moves forward.
CREATE TRIGGER `documents_insert_as_draft` BEFORE INSERT ON `documents`
WHEN NEW.status <> 'borrador' OR NEW.number IS NOT NULL OR NEW.seq IS NOT NULL OR NEW.pdf_asset_id IS NOT NULL
  OR EXISTS (SELECT 1 FROM documents WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'documentos: un documento nace como borrador, sin número');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_status_flow` BEFORE UPDATE ON `documents`
WHEN NEW.status IS NOT OLD.status AND NOT (
     (OLD.status = 'borrador' AND NEW.status = 'emitiendo')
  OR (OLD.status = 'emitiendo' AND NEW.status IN ('emitido', 'cancelado'))
  OR (OLD.status = 'emitido' AND NEW.status IN ('enviado', 'acuse', 'cancelado'))
  OR (OLD.status = 'enviado' AND NEW.status IN ('acuse', 'cancelado'))
  OR (OLD.status = 'acuse' AND NEW.status = 'cancelado'))
BEGIN
  SELECT RAISE(ABORT, 'documentos: ese cambio de estado no está permitido');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_number_on_issue` BEFORE UPDATE ON `documents`
WHEN OLD.status = 'borrador' AND NEW.status = 'emitiendo' AND (
     NEW.number IS NULL OR NEW.series IS NULL OR NEW.year IS NULL OR NEW.letter IS NULL OR NEW.template_id IS NULL OR NEW.issued_at IS NULL
  OR NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM documents WHERE series = NEW.series AND year = NEW.year), 0) + 1)
BEGIN
  SELECT RAISE(ABORT, 'documentos: el número debe ser el siguiente consecutivo de la serie y el año');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_pdf_required` BEFORE UPDATE ON `documents`
WHEN NEW.status IN ('emitido', 'enviado', 'acuse') AND (NEW.pdf_asset_id IS NULL OR NEW.pdf_sha256 IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'documentos: un documento emitido guarda su PDF');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_frozen_after_issue` BEFORE UPDATE ON `documents`
WHEN OLD.status <> 'borrador' AND (
     NEW.id IS NOT OLD.id OR NEW.doc_type IS NOT OLD.doc_type OR NEW.counterparty_id IS NOT OLD.counterparty_id
  OR NEW.date IS NOT OLD.date OR NEW.asunto IS NOT OLD.asunto OR NEW.data IS NOT OLD.data
  OR NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.number IS NOT OLD.number
  OR NEW.letter IS NOT OLD.letter OR NEW.template_id IS NOT OLD.template_id OR NEW.issued_at IS NOT OLD.issued_at
  OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.pdf_asset_id IS NOT NULL AND (NEW.pdf_asset_id IS NOT OLD.pdf_asset_id OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256)))
BEGIN
  SELECT RAISE(ABORT, 'documentos: un documento emitido no se modifica; cancélelo y emita otro');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_draft_without_number` BEFORE UPDATE ON `documents`
WHEN NEW.status = 'borrador' AND (NEW.number IS NOT NULL OR NEW.seq IS NOT NULL OR NEW.pdf_asset_id IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'documentos: un borrador no tiene número');
END;
--> statement-breakpoint
CREATE TRIGGER `documents_no_delete` BEFORE DELETE ON `documents`
WHEN OLD.status <> 'borrador'
BEGIN
  SELECT RAISE(ABORT, 'documentos: un documento con número no se elimina; cancélelo con un motivo');
END;
