CREATE TABLE `case_deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`meaning` text NOT NULL,
	`label` text NOT NULL,
	`due_on` text NOT NULL,
	`set_by_event_id` integer,
	`cleared_on` text,
	`cleared_by_event_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by_event_id`) REFERENCES `case_events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cleared_by_event_id`) REFERENCES `case_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_deadlines_pending` ON `case_deadlines` (`cleared_on`,`due_on`);--> statement-breakpoint
CREATE INDEX `case_deadlines_case` ON `case_deadlines` (`case_id`,`kind`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`action` text NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`effects` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_invoices` (
	`case_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_invoices_invoice_id_unique` ON `case_invoices` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `case_invoices_case` ON `case_invoices` (`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`counterparty_id` integer NOT NULL,
	`folio` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`state` text NOT NULL,
	`period_from` text,
	`period_to` text,
	`description` text DEFAULT '' NOT NULL,
	`facturas_sent_on` text,
	`close_reason` text,
	`impagable_motivo` text DEFAULT '' NOT NULL,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_folio_unique` ON `cases` (`folio`);--> statement-breakpoint
CREATE UNIQUE INDEX `cases_direction_year_seq` ON `cases` (`direction`,`year`,`seq`);--> statement-breakpoint
CREATE INDEX `cases_counterparty` ON `cases` (`counterparty_id`,`state`);--> statement-breakpoint
ALTER TABLE `documents` ADD `case_id` integer;--> statement-breakpoint
-- A case's timeline is append-only.
CREATE TRIGGER `case_events_no_update` BEFORE UPDATE ON `case_events`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: los eventos de un caso no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_delete` BEFORE DELETE ON `case_events`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: los eventos de un caso no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_replace` BEFORE INSERT ON `case_events`
WHEN EXISTS (SELECT 1 FROM case_events WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'expedientes: los eventos de un caso no se reemplazan');
END;
--> statement-breakpoint
-- A case moves only with an event: its new state must be the one its latest event led to.
CREATE TRIGGER `cases_state_by_event` BEFORE UPDATE ON `cases`
WHEN NEW.state IS NOT OLD.state
  AND NEW.state IS NOT (SELECT to_state FROM case_events WHERE case_id = NEW.id ORDER BY id DESC LIMIT 1)
BEGIN
  SELECT RAISE(ABORT, 'expedientes: el estado de un caso sólo cambia con una acción registrada');
END;
--> statement-breakpoint
CREATE TRIGGER `cases_identity_fixed` BEFORE UPDATE ON `cases`
WHEN NEW.id IS NOT OLD.id OR NEW.direction IS NOT OLD.direction OR NEW.counterparty_id IS NOT OLD.counterparty_id
  OR NEW.folio IS NOT OLD.folio OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.closed_on IS NOT NULL AND (NEW.closed_on IS NOT OLD.closed_on OR NEW.close_reason IS NOT OLD.close_reason))
BEGIN
  SELECT RAISE(ABORT, 'expedientes: el folio, la entidad y el cierre de un caso no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `cases_no_delete` BEFORE DELETE ON `cases`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: un caso no se elimina');
END;
--> statement-breakpoint
CREATE TRIGGER `cases_no_replace` BEFORE INSERT ON `cases`
WHEN EXISTS (SELECT 1 FROM cases WHERE id = NEW.id OR folio = NEW.folio)
BEGIN
  SELECT RAISE(ABORT, 'expedientes: un caso no se reemplaza');
END;
--> statement-breakpoint
CREATE TRIGGER `case_invoices_no_update` BEFORE UPDATE ON `case_invoices`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: las facturas de un caso no se cambian');
END;
--> statement-breakpoint
CREATE TRIGGER `case_invoices_no_delete` BEFORE DELETE ON `case_invoices`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: las facturas de un caso no se quitan');
END;
--> statement-breakpoint
-- A deadline is only ever cleared (once), by an event of its own case.
CREATE TRIGGER `case_deadlines_only_cleared` BEFORE UPDATE ON `case_deadlines`
WHEN OLD.cleared_on IS NOT NULL OR NEW.cleared_on IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id OR NEW.kind IS NOT OLD.kind OR NEW.meaning IS NOT OLD.meaning
  OR NEW.label IS NOT OLD.label OR NEW.due_on IS NOT OLD.due_on OR NEW.set_by_event_id IS NOT OLD.set_by_event_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NOT EXISTS (SELECT 1 FROM case_events WHERE id = NEW.cleared_by_event_id AND case_id = NEW.case_id)
BEGIN
  SELECT RAISE(ABORT, 'expedientes: un plazo no se modifica; sólo se da por atendido con una acción del caso');
END;
--> statement-breakpoint
CREATE TRIGGER `case_deadlines_no_delete` BEFORE DELETE ON `case_deadlines`
BEGIN
  SELECT RAISE(ABORT, 'expedientes: los plazos no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `case_deadlines_one_pending` BEFORE INSERT ON `case_deadlines`
WHEN EXISTS (SELECT 1 FROM case_deadlines WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM case_deadlines WHERE case_id = NEW.case_id AND kind = NEW.kind AND cleared_on IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'expedientes: el caso ya tiene un plazo pendiente de ese tipo');
END;
