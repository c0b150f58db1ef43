CREATE TABLE `assets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`mime` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `counterparties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`tax_id` text DEFAULT '' NOT NULL,
	`naturaleza_juridica` text,
	`inegi_code` text,
	`abbreviation` text DEFAULT '' NOT NULL,
	`addressee_title` text DEFAULT '' NOT NULL,
	`addressee_name` text DEFAULT '' NOT NULL,
	`addressee_position` text DEFAULT '' NOT NULL,
	`street` text DEFAULT '' NOT NULL,
	`colony` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`state_name` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`contacts` text DEFAULT '[]' NOT NULL,
	`bank_name` text DEFAULT '' NOT NULL,
	`bank_account` text DEFAULT '' NOT NULL,
	`bank_clabe` text DEFAULT '' NOT NULL,
	`bank_denomination` text DEFAULT '' NOT NULL,
	`intervenida` integer DEFAULT false NOT NULL,
	`en_liquidacion` integer DEFAULT false NOT NULL,
	`bdme` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `counterparties_inegi_code` ON `counterparties` (`inegi_code`);--> statement-breakpoint
CREATE INDEX `counterparties_kind_name` ON `counterparties` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `counterparties_name` ON `counterparties` (`name`);--> statement-breakpoint
CREATE TABLE `institution` (
	`id` integer PRIMARY KEY NOT NULL,
	`profile` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`regime` text DEFAULT '' NOT NULL,
	`tax_id` text DEFAULT '' NOT NULL,
	`own_state_code` text,
	`city` text DEFAULT '' NOT NULL,
	`city_line` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`letterhead_lines` text DEFAULT '[]' NOT NULL,
	`slogan` text DEFAULT '' NOT NULL,
	`logo_left_asset_id` integer,
	`logo_right_asset_id` integer,
	`bank_denomination` text DEFAULT '' NOT NULL,
	`bank_name` text DEFAULT '' NOT NULL,
	`bank_account` text DEFAULT '' NOT NULL,
	`bank_clabe` text DEFAULT '' NOT NULL,
	`bank_account_type` text DEFAULT '' NOT NULL,
	`default_payment_term_days` integer DEFAULT 30 NOT NULL,
	`national_authority_name` text DEFAULT '' NOT NULL,
	`reference_unit_kind` text NOT NULL,
	`setup_completed_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`logo_left_asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`logo_right_asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `invoice_balances` (
	`invoice_id` integer PRIMARY KEY NOT NULL,
	`balance_cents` integer NOT NULL,
	`entry_count` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_balances_open` ON `invoice_balances` (`balance_cents`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counterparty_id` integer NOT NULL,
	`direction` text NOT NULL,
	`number` text NOT NULL,
	`concept` text DEFAULT '' NOT NULL,
	`period` text,
	`issue_date` text NOT NULL,
	`radicacion_date` text,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_counterparty_direction_number` ON `invoices` (`counterparty_id`,`direction`,`number`);--> statement-breakpoint
CREATE INDEX `invoices_due_date` ON `invoices` (`due_date`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_counterparty_due` ON `invoices` (`counterparty_id`,`due_date`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_direction_due` ON `invoices` (`direction`,`due_date`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_number` ON `invoices` (`number`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`posting_id` integer NOT NULL,
	`invoice_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`date` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`reverses_entry_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_entries_invoice` ON `ledger_entries` (`invoice_id`,`id`);--> statement-breakpoint
CREATE INDEX `ledger_entries_posting` ON `ledger_entries` (`posting_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_reverses` ON `ledger_entries` (`reverses_entry_id`);--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`method` text NOT NULL,
	`date` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`entry_count` integer NOT NULL,
	`net_cents` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postings_idempotency_key_unique` ON `postings` (`idempotency_key`);--> statement-breakpoint
CREATE TABLE `reference_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`value_cents` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reference_units_kind_year` ON `reference_units` (`kind`,`year`);--> statement-breakpoint
CREATE TABLE `signatories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`position` text NOT NULL,
	`initials` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
