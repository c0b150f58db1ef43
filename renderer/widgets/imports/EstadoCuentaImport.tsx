import { Button, Input, SegmentedControl, Stack } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Direction } from '../../../shared/api/types';
import { invoicesImportRun } from './api';
import { ImportWizard } from './ImportWizard';

/**
 * "Importar estado de cuenta" (Cartera → Facturas): the import wizard with
 * the billing system's statement, whose lines become invoices of the chosen
 * direction. The lists refresh by themselves (invoices.import invalidates them).
 */
export function EstadoCuentaImportButton() {
  const [open, setOpen] = useState(false);
  const [direction, setDirection] = useState<Direction>('receivable');
  const runImport = useMemo(() => invoicesImportRun(direction), [direction]);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        onClick={() => setOpen(true)}
        data-testid="import-estado-cuenta"
      >
        Importar estado de cuenta
      </Button>
      {open && (
        <ImportWizard
          kind="estado_cuenta"
          runImport={runImport}
          onClose={() => setOpen(false)}
          intro={
            <Stack gap={2}>
              <Input.Label>Las facturas del archivo son</Input.Label>
              <SegmentedControl
                value={direction}
                onChange={(v) => setDirection(v as Direction)}
                data={[
                  { value: 'receivable', label: 'Por cobrar (nuestra facturación)' },
                  { value: 'payable', label: 'Por pagar (facturas recibidas)' },
                ]}
                data-testid="import-direction"
              />
            </Stack>
          }
        />
      )}
    </>
  );
}
