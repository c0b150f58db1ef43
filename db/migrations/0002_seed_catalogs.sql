-- Catalog seeds: the 32 entidades federativas (INEGI) and reference units.
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Aguascalientes', 'Aguascalientes', '01', 'AGS', 'Aguascalientes', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Baja California', 'Baja California', '02', 'BC', 'Baja California', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Baja California Sur', 'Baja California Sur', '03', 'BCS', 'Baja California Sur', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Campeche', 'Campeche', '04', 'CAMP', 'Campeche', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Coahuila de Zaragoza', 'Coahuila de Zaragoza', '05', 'COAH', 'Coahuila de Zaragoza', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Colima', 'Colima', '06', 'COL', 'Colima', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Chiapas', 'Chiapas', '07', 'CHIS', 'Chiapas', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Chihuahua', 'Chihuahua', '08', 'CHIH', 'Chihuahua', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Ciudad de México', 'Ciudad de México', '09', 'CDMX', 'Ciudad de México', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Durango', 'Durango', '10', 'DGO', 'Durango', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Guanajuato', 'Guanajuato', '11', 'GTO', 'Guanajuato', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Guerrero', 'Guerrero', '12', 'GRO', 'Guerrero', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Hidalgo', 'Hidalgo', '13', 'HGO', 'Hidalgo', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Jalisco', 'Jalisco', '14', 'JAL', 'Jalisco', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'México', 'México', '15', 'MEX', 'México', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Michoacán de Ocampo', 'Michoacán de Ocampo', '16', 'MICH', 'Michoacán de Ocampo', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Morelos', 'Morelos', '17', 'MOR', 'Morelos', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Nayarit', 'Nayarit', '18', 'NAY', 'Nayarit', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Nuevo León', 'Nuevo León', '19', 'NL', 'Nuevo León', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Oaxaca', 'Oaxaca', '20', 'OAX', 'Oaxaca', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Puebla', 'Puebla', '21', 'PUE', 'Puebla', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Querétaro', 'Querétaro', '22', 'QRO', 'Querétaro', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Quintana Roo', 'Quintana Roo', '23', 'QROO', 'Quintana Roo', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'San Luis Potosí', 'San Luis Potosí', '24', 'SLP', 'San Luis Potosí', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Sinaloa', 'Sinaloa', '25', 'SIN', 'Sinaloa', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Sonora', 'Sonora', '26', 'SON', 'Sonora', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Tabasco', 'Tabasco', '27', 'TAB', 'Tabasco', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Tamaulipas', 'Tamaulipas', '28', 'TAMPS', 'Tamaulipas', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Tlaxcala', 'Tlaxcala', '29', 'TLAX', 'Tlaxcala', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Veracruz de Ignacio de la Llave', 'Veracruz de Ignacio de la Llave', '30', 'VER', 'Veracruz de Ignacio de la Llave', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Yucatán', 'Yucatán', '31', 'YUC', 'Yucatán', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO counterparties (kind, name, short_name, inegi_code, abbreviation, state_name, created_at, updated_at) VALUES ('entidad_federativa', 'Zacatecas', 'Zacatecas', '32', 'ZAC', 'Zacatecas', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2019, 82811600, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2020, 87780300, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2021, 90852600, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2022, 100000000, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2023, 116000000, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2024, 130000000, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('SMMLV', 2025, 142350000, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2019, 8449, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2020, 8688, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2021, 8962, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2022, 9622, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2023, 10374, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2024, 10857, '2026-01-01T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO reference_units (kind, year, value_cents, updated_at) VALUES ('UMA', 2025, 11314, '2026-01-01T00:00:00.000Z');
