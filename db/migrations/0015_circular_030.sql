CREATE TABLE `circular030_cut_invoices` (
	`cut_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`prefix` text NOT NULL,
	`number` text NOT NULL,
	`indicator` text NOT NULL,
	`value_cents` integer NOT NULL,
	`payments_cents` integer NOT NULL,
	`glosa_cents` integer NOT NULL,
	`balance_cents` integer NOT NULL,
	PRIMARY KEY(`cut_id`, `invoice_id`),
	FOREIGN KEY (`cut_id`) REFERENCES `circular030_cuts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `circular030_cuts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cut_date` text NOT NULL,
	`start_date` text NOT NULL,
	`file_name` text NOT NULL,
	`record_count` integer NOT NULL,
	`balance_cents` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `circular030_cuts_cut` ON `circular030_cuts` (`cut_date`,`id`);--> statement-breakpoint
-- What a cut reported is a record: the next cut's I/A/E indicators depend on it.
CREATE TRIGGER `circular030_cuts_no_update` BEFORE UPDATE ON `circular030_cuts`
BEGIN
  SELECT RAISE(ABORT, 'Circular 030: un corte generado no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `circular030_cuts_no_delete` BEFORE DELETE ON `circular030_cuts`
BEGIN
  SELECT RAISE(ABORT, 'Circular 030: un corte generado no se elimina');
END;
--> statement-breakpoint
CREATE TRIGGER `circular030_cut_invoices_no_update` BEFORE UPDATE ON `circular030_cut_invoices`
BEGIN
  SELECT RAISE(ABORT, 'Circular 030: lo reportado en un corte no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `circular030_cut_invoices_no_delete` BEFORE DELETE ON `circular030_cut_invoices`
BEGIN
  SELECT RAISE(ABORT, 'Circular 030: lo reportado en un corte no se elimina');
END;
