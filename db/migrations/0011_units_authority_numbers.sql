ALTER TABLE `institution` ADD `national_authority_title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `institution` ADD `national_authority_addressee` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `institution` ADD `national_authority_position` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `institution` ADD `national_authority_address` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `reference_units` ADD `valid_from` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `reference_units` ADD `valid_to` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `reference_units` ADD `source` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Validity of the reference units: the SMMLV and the salario mínimo rule the calendar year; each UMA is in
-- force from 1 February to 31 January of the next year (so in January the previous year's UMA applies).
UPDATE `reference_units` SET `valid_from` = printf('%04d-01-01', `year`), `valid_to` = printf('%04d-12-31', `year`) WHERE `kind` IN ('SMMLV', 'SM');
--> statement-breakpoint
UPDATE `reference_units` SET `valid_from` = printf('%04d-02-01', `year`), `valid_to` = printf('%04d-01-31', `year` + 1) WHERE `kind` = 'UMA';
--> statement-breakpoint
-- Sources of the seeded figures (SMMLV: the Government's decree of each year; UMA: INEGI's publication in the DOF).
UPDATE `reference_units` SET `source` = CASE `year`
  WHEN 2019 THEN 'Decreto 2451 de 2018' WHEN 2020 THEN 'Decreto 2360 de 2019' WHEN 2021 THEN 'Decreto 1785 de 2020'
  WHEN 2022 THEN 'Decreto 1724 de 2021' WHEN 2023 THEN 'Decreto 2613 de 2022' WHEN 2024 THEN 'Decreto 2292 de 2023'
  WHEN 2025 THEN 'Decreto 1572 de 2024' ELSE `source` END WHERE `kind` = 'SMMLV' AND `source` = '';
--> statement-breakpoint
UPDATE `reference_units` SET `source` = 'INEGI, publicación anual en el DOF' WHERE `kind` = 'UMA' AND `source` = '';
--> statement-breakpoint
UPDATE `reference_units` SET `source` = 'INEGI, DOF de enero de 2025: diaria $113.14, mensual $3,439.46, anual $41,273.52' WHERE `kind` = 'UMA' AND `year` = 2025 AND `value_cents` = 11314;
--> statement-breakpoint
-- UMA 2026: diaria $117.31, mensual $3,566.22 (= diaria × 30.4), anual $42,794.64; vigente del 1 de febrero de 2026 al 31 de enero de 2027.
INSERT OR IGNORE INTO `reference_units` (`kind`, `year`, `value_cents`, `valid_from`, `valid_to`, `source`, `updated_at`)
VALUES ('UMA', 2026, 11731, '2026-02-01', '2027-01-31', 'INEGI, DOF de enero de 2026: diaria $117.31, mensual $3,566.22, anual $42,794.64', '2026-12-07T00:00:00.000Z');
--> statement-breakpoint
-- SMMLV 2026 = $1.750.905: Decreto 0159 de 2026, which replaced the suspended Decreto 1469 de 2025 with the same value.
INSERT OR IGNORE INTO `reference_units` (`kind`, `year`, `value_cents`, `valid_from`, `valid_to`, `source`, `updated_at`)
VALUES ('SMMLV', 2026, 175090500, '2026-01-01', '2026-12-31', 'Decreto 0159 de 2026 (reemplazó el Decreto 1469 de 2025, suspendido, con el mismo valor)', '2026-12-07T00:00:00.000Z');
--> statement-breakpoint
-- We number the invoices we issue: a receivable's number is unique among all receivables (a payable's
-- number stays unique per creditor, by the index invoices_counterparty_direction_number).
CREATE TRIGGER `invoices_receivable_number_unique` BEFORE INSERT ON `invoices`
WHEN NEW.direction = 'receivable' AND EXISTS (SELECT 1 FROM `invoices` WHERE `direction` = 'receivable' AND `number` = NEW.number)
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: ya existe una factura por cobrar con ese número; las facturas que emitimos no repiten número');
END;
