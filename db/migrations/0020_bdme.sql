CREATE TABLE `bdme_cut_debtors` (
	`cut_id` integer NOT NULL,
	`counterparty_id` integer NOT NULL,
	`novedad` text NOT NULL,
	`reasons` text NOT NULL,
	`overdue_cents` integer NOT NULL,
	`obligations` integer NOT NULL,
	PRIMARY KEY(`cut_id`, `counterparty_id`),
	FOREIGN KEY (`cut_id`) REFERENCES `bdme_cuts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bdme_cuts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cut_date` text NOT NULL,
	`smmlv_cents` integer NOT NULL,
	`threshold_cents` integer NOT NULL,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bdme_cuts_cut_date_unique` ON `bdme_cuts` (`cut_date`);--> statement-breakpoint
CREATE TRIGGER `bdme_cuts_valid` BEFORE INSERT ON `bdme_cuts`
WHEN substr(NEW.cut_date, 6) NOT IN ('05-31', '11-30') OR NEW.threshold_cents <= 0 OR trim(NEW.file_name) = ''
BEGIN
  SELECT RAISE(ABORT, 'BDME: corte no válido (31 de mayo o 30 de noviembre, con su umbral y su archivo)');
END;
--> statement-breakpoint
CREATE TRIGGER `bdme_cuts_no_update` BEFORE UPDATE ON `bdme_cuts`
BEGIN
  SELECT RAISE(ABORT, 'BDME: un corte reportado no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `bdme_cuts_no_delete` BEFORE DELETE ON `bdme_cuts`
BEGIN
  SELECT RAISE(ABORT, 'BDME: un corte reportado no se elimina');
END;
--> statement-breakpoint
CREATE TRIGGER `bdme_cut_debtors_valid` BEFORE INSERT ON `bdme_cut_debtors`
WHEN NEW.novedad NOT IN ('incluido', 'retirado') OR NEW.overdue_cents < 0 OR NEW.obligations < 0
BEGIN
  SELECT RAISE(ABORT, 'BDME: deudor del corte no válido');
END;
--> statement-breakpoint
CREATE TRIGGER `bdme_cut_debtors_no_update` BEFORE UPDATE ON `bdme_cut_debtors`
BEGIN
  SELECT RAISE(ABORT, 'BDME: los deudores de un corte reportado no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `bdme_cut_debtors_no_delete` BEFORE DELETE ON `bdme_cut_debtors`
BEGIN
  SELECT RAISE(ABORT, 'BDME: los deudores de un corte reportado no se eliminan');
END;
