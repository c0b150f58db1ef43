CREATE TABLE `collection_file_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counterparty_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`origin` text NOT NULL,
	`document_id` integer,
	`asset_id` integer,
	`agreement_id` integer,
	`corrects_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counterparty_id`) REFERENCES `counterparties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_id`) REFERENCES `collection_file_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collection_file_events_counterparty` ON `collection_file_events` (`counterparty_id`,`id`);--> statement-breakpoint
CREATE INDEX `collection_file_events_agreement` ON `collection_file_events` (`agreement_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `collection_file_events_corrects` ON `collection_file_events` (`corrects_id`);--> statement-breakpoint
-- The per-invoice stage events fold into the debtor's expediente: one aceleración (the moves one call made
-- for an agreement's invoices) becomes one move to cobro jurídico; its annulment, the anulación of that move.
INSERT INTO `collection_file_events` (counterparty_id, kind, date, reason, origin, agreement_id, corrects_id, created_at)
SELECT i.counterparty_id, 'juridico', MIN(e.date), MIN(e.note), 'aceleracion', e.agreement_id, NULL, e.created_at
FROM collection_stage_events e JOIN invoices i ON i.id = e.invoice_id
WHERE e.cause = 'aceleracion'
GROUP BY i.counterparty_id, e.agreement_id, e.created_at
ORDER BY MIN(e.id);
--> statement-breakpoint
WITH undone AS (
  SELECT i.counterparty_id AS cp, e.agreement_id AS ag, e.created_at AS ca, MIN(e.date) AS d, MIN(e.note) AS note,
         MIN(e.corrects_id) AS corrected, MIN(e.id) AS first
  FROM collection_stage_events e JOIN invoices i ON i.id = e.invoice_id
  WHERE e.cause = 'aceleracion_anulada'
  GROUP BY i.counterparty_id, e.agreement_id, e.created_at
)
INSERT INTO `collection_file_events` (counterparty_id, kind, date, reason, origin, agreement_id, corrects_id, created_at)
SELECT cp, 'anulacion', d, note, 'aceleracion', ag,
  (SELECT f.id FROM collection_file_events f JOIN collection_stage_events o ON o.id = undone.corrected
   WHERE f.kind = 'juridico' AND f.agreement_id IS o.agreement_id AND f.created_at = o.created_at),
  ca
FROM undone ORDER BY first;
--> statement-breakpoint
-- The expediente is a record: append-only; an anulación undoes one event of the same debtor, once.
CREATE TRIGGER `collection_file_events_no_update` BEFORE UPDATE ON `collection_file_events`
BEGIN
  SELECT RAISE(ABORT, 'expediente de cobro: un evento no se modifica; se anula con otro');
END;
--> statement-breakpoint
CREATE TRIGGER `collection_file_events_no_delete` BEFORE DELETE ON `collection_file_events`
BEGIN
  SELECT RAISE(ABORT, 'expediente de cobro: un evento no se elimina; se anula con otro');
END;
--> statement-breakpoint
CREATE TRIGGER `collection_file_events_valid` BEFORE INSERT ON `collection_file_events`
WHEN NEW.kind NOT IN ('circularizacion', 'conciliacion', 'citacion', 'comparecencia', 'aviso', 'aviso_publicado',
    'devolucion', 'prejuridico', 'derecho_peticion', 'solicitud_conciliacion', 'contrato_transaccion', 'juridico',
    'demanda_radicada', 'mandamiento_pago', 'medidas_cautelares', 'sentencia', 'terminacion', 'suspension',
    'reanudacion', 'cierre', 'anulacion')
  OR NEW.origin NOT IN ('manual', 'regla', 'aceleracion', 'carta')
  OR trim(NEW.reason) = ''
  OR (NEW.kind = 'anulacion') IS NOT (NEW.corrects_id IS NOT NULL)
  OR (NEW.corrects_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM collection_file_events o
    WHERE o.id = NEW.corrects_id AND o.counterparty_id = NEW.counterparty_id AND o.kind <> 'anulacion'))
BEGIN
  SELECT RAISE(ABORT, 'expediente de cobro: evento no válido (tipo, origen, motivo o evento anulado)');
END;
