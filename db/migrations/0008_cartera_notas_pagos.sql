CREATE TABLE `nota_details` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`tipo` text NOT NULL,
	`support_reference` text NOT NULL,
	`support_asset_id` integer,
	`approved_by` text,
	`approval_reference` text,
	`approved_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`support_asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `unapplied_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unapplied_payment_id` integer NOT NULL,
	`entry_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`unapplied_payment_id`) REFERENCES `unapplied_payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unapplied_applications_entry_id_unique` ON `unapplied_applications` (`entry_id`);--> statement-breakpoint
CREATE INDEX `unapplied_applications_payment` ON `unapplied_applications` (`unapplied_payment_id`);--> statement-breakpoint
CREATE TABLE `unapplied_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counterparty_id` integer NOT NULL,
	`date` text NOT NULL,
	`reference` text NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`amount_cents` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unapplied_payments_idempotency_key_unique` ON `unapplied_payments` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `unapplied_payments_counterparty` ON `unapplied_payments` (`counterparty_id`,`date`);--> statement-breakpoint
-- Notas and pagos por aplicar are ledger records: append-only.
CREATE TRIGGER `nota_details_no_update` BEFORE UPDATE ON `nota_details`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los datos de una nota no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `nota_details_no_delete` BEFORE DELETE ON `nota_details`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los datos de una nota no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `nota_details_of_a_nota` BEFORE INSERT ON `nota_details`
WHEN (SELECT kind FROM ledger_entries WHERE id = NEW.entry_id) NOT IN ('nota_credito', 'nota_debito')
  OR NEW.support_reference = ''
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los datos de nota son de una nota crédito o débito, con su soporte');
END;
--> statement-breakpoint
CREATE TRIGGER `unapplied_payments_no_update` BEFORE UPDATE ON `unapplied_payments`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los pagos por aplicar no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `unapplied_payments_no_delete` BEFORE DELETE ON `unapplied_payments`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los pagos por aplicar no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `unapplied_payments_positive` BEFORE INSERT ON `unapplied_payments`
WHEN NEW.amount_cents <= 0
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: un pago por aplicar es por un importe positivo');
END;
--> statement-breakpoint
CREATE TRIGGER `unapplied_applications_no_update` BEFORE UPDATE ON `unapplied_applications`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: las aplicaciones de un pago no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `unapplied_applications_no_delete` BEFORE DELETE ON `unapplied_applications`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: las aplicaciones de un pago no se eliminan');
END;
--> statement-breakpoint
-- An application is an abono of the same amount, to an invoice of the payer, and never more than what is left.
CREATE TRIGGER `unapplied_applications_fit` BEFORE INSERT ON `unapplied_applications`
WHEN NEW.amount_cents <= 0
  OR NOT EXISTS (
    SELECT 1 FROM ledger_entries e JOIN invoices i ON i.id = e.invoice_id JOIN unapplied_payments p ON p.id = NEW.unapplied_payment_id
    WHERE e.id = NEW.entry_id AND e.kind = 'abono' AND e.amount_cents = -NEW.amount_cents AND i.counterparty_id = p.counterparty_id)
  OR NEW.amount_cents + COALESCE((SELECT SUM(amount_cents) FROM unapplied_applications WHERE unapplied_payment_id = NEW.unapplied_payment_id), 0)
     > (SELECT amount_cents FROM unapplied_payments WHERE id = NEW.unapplied_payment_id)
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: la aplicación no corresponde a un abono de la entidad o excede lo que queda del pago por aplicar');
END;
