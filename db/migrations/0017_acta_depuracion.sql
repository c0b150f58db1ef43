CREATE TABLE `conciliation_actas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conciliation_id` integer NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`date` text NOT NULL,
	`signers` text NOT NULL,
	`result` text NOT NULL,
	`posting_id` integer,
	`pdf_asset_id` integer NOT NULL,
	`pdf_sha256` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`conciliation_id`) REFERENCES `conciliations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pdf_asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conciliation_actas_conciliation_id_unique` ON `conciliation_actas` (`conciliation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `conciliation_actas_number_unique` ON `conciliation_actas` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `conciliation_actas_year_seq` ON `conciliation_actas` (`year`,`seq`);--> statement-breakpoint
-- The acta is signed: what it printed and posted is the record, never changed nor removed.
CREATE TRIGGER `conciliation_actas_no_update` BEFORE UPDATE ON `conciliation_actas`
BEGIN
  SELECT RAISE(ABORT, 'acta de depuración: un acta firmada no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `conciliation_actas_no_delete` BEFORE DELETE ON `conciliation_actas`
BEGIN
  SELECT RAISE(ABORT, 'acta de depuración: un acta firmada no se elimina');
END;
--> statement-breakpoint
-- One acta per conciliación, the next consecutive of its year (no gaps, no repeats), never a REPLACE (see 0003).
CREATE TRIGGER `conciliation_actas_valid` BEFORE INSERT ON `conciliation_actas`
WHEN EXISTS (SELECT 1 FROM conciliation_actas WHERE id = NEW.id OR conciliation_id = NEW.conciliation_id)
  OR NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM conciliation_actas WHERE year = NEW.year), 0) + 1
  OR trim(NEW.number) = ''
BEGIN
  SELECT RAISE(ABORT, 'acta de depuración: una por conciliación, con el siguiente consecutivo del año');
END;
