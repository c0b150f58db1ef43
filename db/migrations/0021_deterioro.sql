CREATE TABLE `deterioro_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`estimate_id` integer NOT NULL,
	`counterparty_id` integer NOT NULL,
	`date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`estimate_id`) REFERENCES `deterioro_estimates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deterioro_entries_debtor` ON `deterioro_entries` (`counterparty_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `deterioro_estimates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counterparty_id` integer NOT NULL,
	`cut_date` text NOT NULL,
	`balance_cents` integer NOT NULL,
	`glosa_cents` integer NOT NULL,
	`parts` text NOT NULL,
	`liquidated` integer NOT NULL,
	`tes_rate` text NOT NULL,
	`pv_cents` integer NOT NULL,
	`deterioro_cents` integer NOT NULL,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deterioro_estimates_debtor` ON `deterioro_estimates` (`counterparty_id`,`cut_date`,`id`);--> statement-breakpoint
CREATE TABLE `tes_rates` (
	`valid_from` text PRIMARY KEY NOT NULL,
	`rate` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `deterioro_estimates_valid` BEFORE INSERT ON `deterioro_estimates`
WHEN substr(NEW.cut_date, 6) NOT IN ('03-31', '06-30', '09-30', '12-31')
  OR NEW.deterioro_cents < 0 OR NEW.deterioro_cents > NEW.balance_cents OR NEW.glosa_cents < 0
BEGIN
  SELECT RAISE(ABORT, 'deterioro: estimación no válida (corte trimestral, 0 ≤ deterioro ≤ saldo)');
END;
--> statement-breakpoint
CREATE TRIGGER `deterioro_estimates_no_update` BEFORE UPDATE ON `deterioro_estimates`
BEGIN
  SELECT RAISE(ABORT, 'deterioro: una estimación no se modifica; se registra otra');
END;
--> statement-breakpoint
CREATE TRIGGER `deterioro_estimates_no_delete` BEFORE DELETE ON `deterioro_estimates`
BEGIN
  SELECT RAISE(ABORT, 'deterioro: una estimación no se elimina; se registra otra');
END;
--> statement-breakpoint
CREATE TRIGGER `deterioro_entries_no_update` BEFORE UPDATE ON `deterioro_entries`
BEGIN
  SELECT RAISE(ABORT, 'deterioro: un asiento no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `deterioro_entries_no_delete` BEFORE DELETE ON `deterioro_entries`
BEGIN
  SELECT RAISE(ABORT, 'deterioro: un asiento no se elimina');
END;
--> statement-breakpoint
CREATE TRIGGER `deterioro_entries_consistent` AFTER INSERT ON `deterioro_entries`
WHEN (SELECT COALESCE(SUM(amount_cents), 0) FROM deterioro_entries WHERE counterparty_id = NEW.counterparty_id) < 0
  OR NEW.counterparty_id <> (SELECT counterparty_id FROM deterioro_estimates WHERE id = NEW.estimate_id)
BEGIN
  SELECT RAISE(ABORT, 'deterioro: el acumulado no puede ser negativo ni el asiento de otro deudor');
END;
