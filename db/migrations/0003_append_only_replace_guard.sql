-- REPLACE (and INSERT OR REPLACE) deletes the conflicting row without firing
-- DELETE triggers unless recursive_triggers is on, which a raw sqlite3 shell
-- does not set. So an insert that would collide with an existing row of the
-- append-only tables is refused before SQLite gets to replace anything.
CREATE TRIGGER `ledger_entries_no_replace` BEFORE INSERT ON `ledger_entries`
WHEN EXISTS (SELECT 1 FROM ledger_entries WHERE id = NEW.id)
  OR (NEW.reverses_entry_id IS NOT NULL AND EXISTS (SELECT 1 FROM ledger_entries WHERE reverses_entry_id = NEW.reverses_entry_id))
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los movimientos no se reemplazan; registre una reversión');
END;
--> statement-breakpoint
CREATE TRIGGER `postings_no_replace` BEFORE INSERT ON `postings`
WHEN EXISTS (SELECT 1 FROM postings WHERE id = NEW.id OR idempotency_key = NEW.idempotency_key)
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los asientos no se reemplazan');
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_no_replace` BEFORE INSERT ON `invoices`
WHEN EXISTS (SELECT 1 FROM invoices WHERE id = NEW.id
  OR (counterparty_id = NEW.counterparty_id AND direction = NEW.direction AND number = NEW.number))
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: una factura registrada no se reemplaza');
END;
--> statement-breakpoint
-- The balance projection may only hold the sum of the invoice's entries: the
-- ledger's own trigger satisfies this (it runs after the entry is inserted);
-- a hand-written UPDATE or REPLACE does not.
CREATE TRIGGER `invoice_balances_only_derived` BEFORE UPDATE ON `invoice_balances`
WHEN NEW.invoice_id <> OLD.invoice_id
  OR NEW.balance_cents <> (SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE invoice_id = NEW.invoice_id)
  OR NEW.entry_count <> (SELECT COUNT(*) FROM ledger_entries WHERE invoice_id = NEW.invoice_id)
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los saldos se derivan de los movimientos');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_balances_only_opened` BEFORE INSERT ON `invoice_balances`
WHEN NEW.balance_cents <> 0 OR NEW.entry_count <> 0
  OR EXISTS (SELECT 1 FROM invoice_balances WHERE invoice_id = NEW.invoice_id)
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los saldos se derivan de los movimientos');
END;
