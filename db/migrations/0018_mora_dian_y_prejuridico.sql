CREATE TABLE `dian_mora_rates` (
	`period` text PRIMARY KEY NOT NULL,
	`rate` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `institution` ADD `prejuridico_days` integer DEFAULT 90 NOT NULL;--> statement-breakpoint
DROP TRIGGER `collection_file_events_valid`;
--> statement-breakpoint
CREATE TRIGGER `collection_file_events_valid` BEFORE INSERT ON `collection_file_events`
WHEN NEW.kind NOT IN ('circularizacion', 'conciliacion', 'citacion', 'comparecencia', 'aviso', 'aviso_publicado',
    'devolucion', 'prejuridico', 'derecho_peticion', 'solicitud_conciliacion', 'contrato_transaccion', 'juridico',
    'demanda_radicada', 'mandamiento_pago', 'medidas_cautelares', 'sentencia', 'terminacion', 'suspension',
    'reanudacion', 'cierre', 'anulacion')
  OR NEW.origin NOT IN ('manual', 'regla', 'acuerdo', 'aceleracion', 'carta')
  OR trim(NEW.reason) = ''
  OR (NEW.kind = 'anulacion') IS NOT (NEW.corrects_id IS NOT NULL)
  OR (NEW.corrects_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM collection_file_events o
    WHERE o.id = NEW.corrects_id AND o.counterparty_id = NEW.counterparty_id AND o.kind <> 'anulacion'))
BEGIN
  SELECT RAISE(ABORT, 'expediente de cobro: evento no válido (tipo, origen, motivo o evento anulado)');
END;
