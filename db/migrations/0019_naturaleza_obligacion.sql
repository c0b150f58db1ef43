CREATE TABLE `invoice_naturaleza_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invoice_id` integer NOT NULL,
	`naturaleza` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_naturaleza_corrections_invoice` ON `invoice_naturaleza_corrections` (`invoice_id`,`id`);--> statement-breakpoint
ALTER TABLE `invoices` ADD `naturaleza` text DEFAULT 'servicios_salud' NOT NULL;--> statement-breakpoint
CREATE TRIGGER `invoices_naturaleza_valid` BEFORE INSERT ON `invoices`
WHEN NEW.naturaleza NOT IN ('servicios_salud', 'sanciones_multas', 'actos_administrativos', 'convenios_interadministrativos', 'otras')
BEGIN
  SELECT RAISE(ABORT, 'factura: naturaleza de la obligación no válida');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_naturaleza_corrections_valid` BEFORE INSERT ON `invoice_naturaleza_corrections`
WHEN NEW.naturaleza NOT IN ('servicios_salud', 'sanciones_multas', 'actos_administrativos', 'convenios_interadministrativos', 'otras')
  OR trim(NEW.reason) = ''
BEGIN
  SELECT RAISE(ABORT, 'naturaleza de la obligación: corrección no válida (naturaleza o motivo)');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_naturaleza_corrections_no_update` BEFORE UPDATE ON `invoice_naturaleza_corrections`
BEGIN
  SELECT RAISE(ABORT, 'naturaleza de la obligación: una corrección no se modifica; se registra otra');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_naturaleza_corrections_no_delete` BEFORE DELETE ON `invoice_naturaleza_corrections`
BEGIN
  SELECT RAISE(ABORT, 'naturaleza de la obligación: una corrección no se elimina; se registra otra');
END;
