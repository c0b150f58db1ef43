CREATE TABLE `case_impagables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`invoice_id` integer,
	`concepto` text DEFAULT '' NOT NULL,
	`amount_cents` integer NOT NULL,
	`motivo` text NOT NULL,
	`declared_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `case_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_impagables_case` ON `case_impagables` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_impagables_declared` ON `case_impagables` (`declared_on`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`row_count` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`periodos` text NOT NULL,
	`warning_count` integer DEFAULT 0 NOT NULL,
	`mapping` text NOT NULL,
	`replaces_batch_id` integer,
	`hoja_batch_id` integer,
	`hoja_total_cents` integer,
	`mismatch_motivo` text,
	`imported_at` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaces_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hoja_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_case` ON `import_batches` (`case_id`,`kind`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `import_batches_replaces` ON `import_batches` (`replaces_batch_id`);--> statement-breakpoint
CREATE TABLE `import_hoja_rows` (
	`batch_id` integer NOT NULL,
	`row` integer NOT NULL,
	`entidad_prestadora` text NOT NULL,
	`entidad_afiliacion` text NOT NULL,
	`descripcion` text NOT NULL,
	`clave` text,
	`tipo` text,
	`costo_cents` integer,
	`cantidad` integer NOT NULL,
	`importe_cents` integer NOT NULL,
	`periodo` text NOT NULL,
	`factura` text,
	PRIMARY KEY(`batch_id`, `row`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_hoja_rows_factura` ON `import_hoja_rows` (`factura`);--> statement-breakpoint
CREATE TABLE `import_listado_rows` (
	`batch_id` integer NOT NULL,
	`row` integer NOT NULL,
	`id_servicio` text NOT NULL,
	`nombre` text NOT NULL,
	`edad` integer,
	`sexo` text,
	`numero_afiliacion` text NOT NULL,
	`curp` text,
	`fecha_atencion` text NOT NULL,
	`tipo_atencion` text,
	`intervencion` text NOT NULL,
	`descripcion_intervencion` text,
	`tarifa_cents` integer NOT NULL,
	`cantidad` integer NOT NULL,
	`importe_cents` integer NOT NULL,
	`entidad_afiliacion` text,
	`entidad_prestadora` text,
	`periodo` text NOT NULL,
	PRIMARY KEY(`batch_id`, `row`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_listado_rows_servicio` ON `import_listado_rows` (`id_servicio`);--> statement-breakpoint
CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_kind_name` ON `import_mappings` (`kind`,`name`);--> statement-breakpoint
-- Impagables and imported files are records: append-only.
CREATE TRIGGER `case_impagables_no_update` BEFORE UPDATE ON `case_impagables`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: los montos impagables no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `case_impagables_no_delete` BEFORE DELETE ON `case_impagables`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: los montos impagables no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `case_impagables_no_replace` BEFORE INSERT ON `case_impagables`
WHEN EXISTS (SELECT 1 FROM case_impagables WHERE id = NEW.id)
  OR NOT EXISTS (SELECT 1 FROM case_events WHERE id = NEW.event_id AND case_id = NEW.case_id)
  OR NEW.amount_cents <= 0
BEGIN
  SELECT RAISE(ABORT, 'expedientes: un monto impagable se registra una sola vez, positivo, con la acción de su caso');
END;
--> statement-breakpoint
CREATE TRIGGER `import_batches_no_update` BEFORE UPDATE ON `import_batches`
BEGIN
  SELECT RAISE(ABORT, 'importaciones: los archivos importados no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `import_batches_no_delete` BEFORE DELETE ON `import_batches`
BEGIN
  SELECT RAISE(ABORT, 'importaciones: los archivos importados no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `import_batches_no_replace` BEFORE INSERT ON `import_batches`
WHEN EXISTS (SELECT 1 FROM import_batches WHERE id = NEW.id)
  OR (NEW.replaces_batch_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM import_batches WHERE id = NEW.replaces_batch_id AND case_id = NEW.case_id AND kind = NEW.kind))
BEGIN
  SELECT RAISE(ABORT, 'importaciones: un archivo importado no se reemplaza; un archivo corregido sustituye a otro del mismo caso y tipo');
END;
--> statement-breakpoint
CREATE TRIGGER `import_hoja_rows_no_update` BEFORE UPDATE ON `import_hoja_rows`
BEGIN
  SELECT RAISE(ABORT, 'importaciones: las filas importadas no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `import_hoja_rows_no_delete` BEFORE DELETE ON `import_hoja_rows`
BEGIN
  SELECT RAISE(ABORT, 'importaciones: las filas importadas no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `import_listado_rows_no_update` BEFORE UPDATE ON `import_listado_rows`
BEGIN
  SELECT RAISE(ABORT, 'importaciones: las filas importadas no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `import_listado_rows_no_delete` BEFORE DELETE ON `import_listado_rows`
BEGIN
  SELECT RAISE(ABORT, 'importaciones: las filas importadas no se eliminan');
END;
--> statement-breakpoint
-- Rows go only into the newest batch (the one being written), never into an earlier file.
CREATE TRIGGER `import_hoja_rows_new_batch` BEFORE INSERT ON `import_hoja_rows`
WHEN NEW.batch_id IS NOT (SELECT MAX(id) FROM import_batches)
  OR (SELECT kind FROM import_batches WHERE id = NEW.batch_id) IS NOT 'hoja'
BEGIN
  SELECT RAISE(ABORT, 'importaciones: no se agregan filas a un archivo ya importado');
END;
--> statement-breakpoint
CREATE TRIGGER `import_listado_rows_new_batch` BEFORE INSERT ON `import_listado_rows`
WHEN NEW.batch_id IS NOT (SELECT MAX(id) FROM import_batches)
  OR (SELECT kind FROM import_batches WHERE id = NEW.batch_id) IS NOT 'listado'
BEGIN
  SELECT RAISE(ABORT, 'importaciones: no se agregan filas a un archivo ya importado');
END;
