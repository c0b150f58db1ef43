CREATE TABLE `business_day_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`retires_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`retires_id`) REFERENCES `business_day_overrides`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `business_day_overrides_date` ON `business_day_overrides` (`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `business_day_overrides_retires` ON `business_day_overrides` (`retires_id`);--> statement-breakpoint
-- The calendar's adjustments are a record: append-only; removing one is a row that retires it, once, with its date and kind.
CREATE TRIGGER `business_day_overrides_no_update` BEFORE UPDATE ON `business_day_overrides`
BEGIN
  SELECT RAISE(ABORT, 'días hábiles: un ajuste del calendario no se modifica; retírelo y registre otro');
END;
--> statement-breakpoint
CREATE TRIGGER `business_day_overrides_no_delete` BEFORE DELETE ON `business_day_overrides`
BEGIN
  SELECT RAISE(ABORT, 'días hábiles: un ajuste del calendario no se elimina; se retira con otro registro');
END;
--> statement-breakpoint
CREATE TRIGGER `business_day_overrides_valid` BEFORE INSERT ON `business_day_overrides`
WHEN NEW.kind NOT IN ('holiday', 'workday')
  OR trim(NEW.reason) = ''
  OR NEW.date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
  OR (NEW.retires_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM business_day_overrides o
    WHERE o.id = NEW.retires_id AND o.retires_id IS NULL AND o.date = NEW.date AND o.kind = NEW.kind))
BEGIN
  SELECT RAISE(ABORT, 'días hábiles: ajuste no válido (tipo, fecha, motivo o ajuste retirado)');
END;
