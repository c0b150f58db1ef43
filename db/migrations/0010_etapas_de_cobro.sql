CREATE TABLE `collection_stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`stage` text NOT NULL,
	`date` text NOT NULL,
	`cause` text NOT NULL,
	`agreement_id` integer,
	`corrects_id` integer,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_id`) REFERENCES `collection_stage_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collection_stage_events_invoice` ON `collection_stage_events` (`invoice_id`,`id`);--> statement-breakpoint
CREATE INDEX `collection_stage_events_agreement` ON `collection_stage_events` (`agreement_id`);--> statement-breakpoint
-- The stage history is a record: append-only, and a correction undoes one event of the same invoice, once.
CREATE TRIGGER `collection_stage_events_no_update` BEFORE UPDATE ON `collection_stage_events`
BEGIN
  SELECT RAISE(ABORT, 'etapas de cobro: el historial de etapas no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `collection_stage_events_no_delete` BEFORE DELETE ON `collection_stage_events`
BEGIN
  SELECT RAISE(ABORT, 'etapas de cobro: el historial de etapas no se elimina');
END;
--> statement-breakpoint
CREATE TRIGGER `collection_stage_events_valid` BEFORE INSERT ON `collection_stage_events`
WHEN NEW.stage NOT IN ('persuasivo', 'prejuridico', 'juridico')
  OR NEW.cause NOT IN ('aceleracion', 'aceleracion_anulada')
  OR (NEW.cause = 'aceleracion_anulada') IS NOT (NEW.corrects_id IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'etapas de cobro: etapa o causa no válida');
END;
--> statement-breakpoint
CREATE TRIGGER `collection_stage_events_corrects` BEFORE INSERT ON `collection_stage_events`
WHEN NEW.corrects_id IS NOT NULL AND (
  (SELECT invoice_id FROM collection_stage_events WHERE id = NEW.corrects_id) IS NOT NEW.invoice_id
  OR EXISTS (SELECT 1 FROM collection_stage_events WHERE corrects_id = NEW.corrects_id))
BEGIN
  SELECT RAISE(ABORT, 'etapas de cobro: una corrección deshace una sola vez un cambio de etapa de la misma factura');
END;
