-- The ledger is append-only: postings, entries and invoices are never changed
-- or deleted, not even from a raw SQL shell. Corrections are reversal entries.
CREATE TRIGGER `ledger_entries_no_update` BEFORE UPDATE ON `ledger_entries`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los movimientos no se modifican; registre una reversión');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_no_delete` BEFORE DELETE ON `ledger_entries`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los movimientos no se eliminan; registre una reversión');
END;
--> statement-breakpoint
CREATE TRIGGER `postings_no_update` BEFORE UPDATE ON `postings`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los asientos no se modifican');
END;
--> statement-breakpoint
CREATE TRIGGER `postings_no_delete` BEFORE DELETE ON `postings`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los asientos no se eliminan');
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_no_update` BEFORE UPDATE ON `invoices`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: una factura registrada no se modifica; corríjala con notas o una reversión');
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_no_delete` BEFORE DELETE ON `invoices`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: una factura registrada no se elimina; anúlela con una reversión de su cargo');
END;
--> statement-breakpoint
-- Each entry's sign follows its kind; a reversal negates exactly one earlier,
-- non-reversal entry of the same invoice.
CREATE TRIGGER `ledger_entries_validate` BEFORE INSERT ON `ledger_entries`
BEGIN
  SELECT CASE
    WHEN NEW.kind NOT IN ('cargo', 'abono', 'nota_credito', 'nota_debito', 'reversal')
      THEN RAISE(ABORT, 'libro mayor: tipo de movimiento desconocido')
    WHEN NEW.amount_cents = 0
      THEN RAISE(ABORT, 'libro mayor: un movimiento no puede ser de cero')
    WHEN NEW.kind IN ('cargo', 'nota_debito') AND NEW.amount_cents < 0
      THEN RAISE(ABORT, 'libro mayor: un cargo o nota débito debe aumentar el saldo')
    WHEN NEW.kind IN ('abono', 'nota_credito') AND NEW.amount_cents > 0
      THEN RAISE(ABORT, 'libro mayor: un abono o nota crédito debe disminuir el saldo')
    WHEN NEW.kind <> 'reversal' AND NEW.reverses_entry_id IS NOT NULL
      THEN RAISE(ABORT, 'libro mayor: solo una reversión apunta a otro movimiento')
    WHEN NEW.kind = 'reversal' AND NEW.reverses_entry_id IS NULL
      THEN RAISE(ABORT, 'libro mayor: una reversión debe indicar el movimiento que revierte')
    WHEN NEW.kind = 'reversal' AND NOT EXISTS (
      SELECT 1 FROM ledger_entries r
      WHERE r.id = NEW.reverses_entry_id AND r.invoice_id = NEW.invoice_id
        AND r.kind <> 'reversal' AND r.amount_cents = -NEW.amount_cents)
      THEN RAISE(ABORT, 'libro mayor: la reversión no corresponde al movimiento revertido')
  END;
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_open_balance` AFTER INSERT ON `invoices`
BEGIN
  INSERT INTO invoice_balances (invoice_id, balance_cents, entry_count) VALUES (NEW.id, 0, 0);
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_project_balance` AFTER INSERT ON `ledger_entries`
BEGIN
  UPDATE invoice_balances
    SET balance_cents = balance_cents + NEW.amount_cents, entry_count = entry_count + 1
    WHERE invoice_id = NEW.invoice_id;
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_balances_no_delete` BEFORE DELETE ON `invoice_balances`
BEGIN
  SELECT RAISE(ABORT, 'libro mayor: los saldos se derivan de los movimientos');
END;
