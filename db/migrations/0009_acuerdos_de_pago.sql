CREATE TABLE `agreement_cuotas` (
	`agreement_id` integer NOT NULL,
	`numero` integer NOT NULL,
	`due_date` text NOT NULL,
	`cuota_cents` integer NOT NULL,
	`capital_cents` integer NOT NULL,
	`interest_cents` integer NOT NULL,
	`balance_after_cents` integer NOT NULL,
	PRIMARY KEY(`agreement_id`, `numero`),
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `agreement_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`to_state` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_events_agreement` ON `agreement_events` (`agreement_id`,`id`);--> statement-breakpoint
CREATE TABLE `agreement_invoices` (
	`agreement_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`capital_cents` integer NOT NULL,
	`obligation_date` text NOT NULL,
	`interest_cents` integer NOT NULL,
	PRIMARY KEY(`agreement_id`, `invoice_id`),
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_invoices_invoice` ON `agreement_invoices` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `agreement_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`reference` text NOT NULL,
	`posting_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_payments_agreement` ON `agreement_payments` (`agreement_id`,`date`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`folio` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`counterparty_id` integer NOT NULL,
	`signing_date` text NOT NULL,
	`capital_cents` integer NOT NULL,
	`interest_cents` integer NOT NULL,
	`costs_cents` integer NOT NULL,
	`debt_cents` integer NOT NULL,
	`cuota_inicial_cents` integer NOT NULL,
	`financed_cents` integer NOT NULL,
	`numero_cuotas` integer NOT NULL,
	`dtf_rate` text NOT NULL,
	`monthly_rate` text NOT NULL,
	`term_interest_cents` integer NOT NULL,
	`cuantia` text NOT NULL,
	`terms` text NOT NULL,
	`state` text NOT NULL,
	`accelerated_on` text,
	`document_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_folio_unique` ON `agreements` (`folio`);--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_year_seq` ON `agreements` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `agreements_counterparty` ON `agreements` (`counterparty_id`,`state`);--> statement-breakpoint
CREATE TABLE `dtf_rates` (
	`period` text PRIMARY KEY NOT NULL,
	`rate` text NOT NULL,
	`updated_at` text NOT NULL
);--> statement-breakpoint
-- An agreement's terms, schedule, payments and timeline are records: append-only.
CREATE TRIGGER `agreement_invoices_no_update` BEFORE UPDATE ON `agreement_invoices`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: las facturas de un acuerdo no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_invoices_no_delete` BEFORE DELETE ON `agreement_invoices`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: las facturas de un acuerdo no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_cuotas_no_update` BEFORE UPDATE ON `agreement_cuotas`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: las cuotas de un acuerdo no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_cuotas_no_delete` BEFORE DELETE ON `agreement_cuotas`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: las cuotas de un acuerdo no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_payments_no_update` BEFORE UPDATE ON `agreement_payments`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: los pagos de un acuerdo no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_payments_no_delete` BEFORE DELETE ON `agreement_payments`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: los pagos de un acuerdo no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_events_no_update` BEFORE UPDATE ON `agreement_events`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: los eventos de un acuerdo no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_events_no_delete` BEFORE DELETE ON `agreement_events`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: los eventos de un acuerdo no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_no_delete` BEFORE DELETE ON `agreements`
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: un acuerdo no se elimina');
END;
--> statement-breakpoint
-- Only the state (with its event), the date of acceleration, the letter and updated_at change.
CREATE TRIGGER `agreements_terms_fixed` BEFORE UPDATE ON `agreements`
WHEN NEW.id IS NOT OLD.id OR NEW.folio IS NOT OLD.folio OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq
  OR NEW.counterparty_id IS NOT OLD.counterparty_id OR NEW.signing_date IS NOT OLD.signing_date
  OR NEW.capital_cents IS NOT OLD.capital_cents OR NEW.interest_cents IS NOT OLD.interest_cents OR NEW.costs_cents IS NOT OLD.costs_cents
  OR NEW.debt_cents IS NOT OLD.debt_cents OR NEW.cuota_inicial_cents IS NOT OLD.cuota_inicial_cents OR NEW.financed_cents IS NOT OLD.financed_cents
  OR NEW.numero_cuotas IS NOT OLD.numero_cuotas OR NEW.dtf_rate IS NOT OLD.dtf_rate OR NEW.monthly_rate IS NOT OLD.monthly_rate
  OR NEW.term_interest_cents IS NOT OLD.term_interest_cents OR NEW.cuantia IS NOT OLD.cuantia OR NEW.terms IS NOT OLD.terms
  OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.document_id IS NOT NULL AND NEW.document_id IS NOT OLD.document_id)
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: los términos y el calendario de un acuerdo firmado no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `agreements_state_by_event` BEFORE UPDATE ON `agreements`
WHEN NEW.state IS NOT OLD.state
  AND NEW.state IS NOT (SELECT to_state FROM agreement_events WHERE agreement_id = NEW.id ORDER BY id DESC LIMIT 1)
BEGIN
  SELECT RAISE(ABORT, 'acuerdos: el estado de un acuerdo sólo cambia con un evento registrado');
END;
