CREATE TABLE `conciliation_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conciliation_id` integer NOT NULL,
	`key` text NOT NULL,
	`agreed_cents` integer NOT NULL,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`conciliation_id`) REFERENCES `conciliations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conciliation_values_key` ON `conciliation_values` (`conciliation_id`,`key`,`id`);--> statement-breakpoint
CREATE TABLE `conciliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counterparty_id` integer NOT NULL,
	`statement_date` text NOT NULL,
	`source` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`lines` text NOT NULL,
	`default_prefix` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conciliations_counterparty` ON `conciliations` (`counterparty_id`,`id`);--> statement-breakpoint
-- An imported statement and the values agreed on it are the record the acta rests on: append-only.
CREATE TRIGGER `conciliations_no_update` BEFORE UPDATE ON `conciliations`
BEGIN
  SELECT RAISE(ABORT, 'conciliación: un estado importado no se modifica; importe uno nuevo');
END;
--> statement-breakpoint
CREATE TRIGGER `conciliations_no_delete` BEFORE DELETE ON `conciliations`
BEGIN
  SELECT RAISE(ABORT, 'conciliación: un estado importado no se elimina');
END;
--> statement-breakpoint
-- REPLACE deletes without firing the DELETE trigger (see 0003): refuse the colliding insert.
CREATE TRIGGER `conciliations_no_replace` BEFORE INSERT ON `conciliations`
WHEN EXISTS (SELECT 1 FROM conciliations WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'conciliación: un estado importado no se reemplaza');
END;
--> statement-breakpoint
CREATE TRIGGER `conciliation_values_no_update` BEFORE UPDATE ON `conciliation_values`
BEGIN
  SELECT RAISE(ABORT, 'conciliación: un valor acordado no se modifica; registre otro');
END;
--> statement-breakpoint
CREATE TRIGGER `conciliation_values_no_delete` BEFORE DELETE ON `conciliation_values`
BEGIN
  SELECT RAISE(ABORT, 'conciliación: un valor acordado no se elimina; registre otro');
END;
--> statement-breakpoint
CREATE TRIGGER `conciliation_values_valid` BEFORE INSERT ON `conciliation_values`
WHEN EXISTS (SELECT 1 FROM conciliation_values WHERE id = NEW.id)
  OR NEW.agreed_cents < 0
  OR typeof(NEW.agreed_cents) <> 'integer'
  OR trim(NEW.note) = ''
  OR trim(NEW.key) = ''
BEGIN
  SELECT RAISE(ABORT, 'conciliación: valor acordado no válido (importe negativo, nota vacía o reemplazo)');
END;
