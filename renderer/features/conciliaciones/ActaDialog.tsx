import { Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConciliationView } from '../../../shared/api/conciliaciones';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { JobProgressModal } from '../../components/JobProgressModal';
import { Money } from '../../components/Money';
import { SubmitForm } from '../../components/SubmitForm';
import { useSession } from '../../lib/session';
import { todayIso } from '../../lib/today';
import { useExportJob } from '../../lib/useExportJob';
import { write } from '../../lib/writes';

type Signer = { name: string; position: string };
const WHO = [
  ['ours', 'Por la institución'],
  ['theirs', 'Por la entidad'],
  ['interventoria', 'Visto bueno de Interventoría'],
] as const;

/**
 * «Emitir acta de depuración»: the date and the three signers; the acta is numbered, its adjustments are
 * posted as notas, the estado de cartera is conciliado in the expediente, and the PDF is downloaded.
 */
export function ActaDialog({ v, opened, onClose }: { v: ConciliationView; opened: boolean; onClose(): void }) {
  const first = useSession((s) => s.settings?.signatories.find((x) => x.active));
  const [date, setDate] = useState<string | null>(todayIso());
  const [signers, setSigners] = useState<Record<(typeof WHO)[number][0], Signer>>({
    ours: { name: first?.name ?? '', position: first?.position ?? '' },
    theirs: { name: '', position: '' },
    interventoria: { name: '', position: '' },
  });
  const [error, setError] = useState<string>();
  const { job, run } = useExportJob();
  const missing = !date || WHO.some(([k]) => !signers[k].name.trim() || !signers[k].position.trim());

  async function issue() {
    if (!date || missing) return setError('Indique la fecha y el nombre y cargo de los tres firmantes.');
    setError(undefined);
    onClose();
    await run(
      {
        running: 'Emitiendo el acta de depuración',
        done: 'Acta de depuración emitida',
        rows: (n) => (n === 1 ? '1 nota registrada' : `${n} notas registradas`),
        failed: 'No se emitió el acta de depuración',
      },
      async (jobId) => {
        const r = await write('conciliaciones.acta', { id: v.id, date, signers, jobId });
        return { ...r, rows: r.adjustments };
      },
    );
  }

  return (
    <>
      <Modal opened={opened} onClose={onClose} title="Emitir acta de depuración" size="lg">
        <SubmitForm onSubmit={issue}>
          <Stack gap="sm">
            <Text size="sm">
              Saldo conciliado <Money cents={v.agreed.agreedTotalCents} fw={600} />: {v.agreed.adjustments.length}{' '}
              ajuste(s) se registrarán como notas con el acta como soporte, y su fecha será la del estado de cartera
              conciliado en el expediente. El acta no se modifica después de emitida.
            </Text>
            <DateField label="Fecha del acta" required value={date} onChange={setDate} maxDate={todayIso()} />
            {WHO.map(([k, label]) => (
              <SimpleGrid key={k} cols={2} spacing="sm">
                <TextInput
                  label={`${label}: nombre`}
                  required
                  value={signers[k].name}
                  onChange={(e) => {
                    const name = e.currentTarget.value;
                    setSigners((s) => ({ ...s, [k]: { ...s[k], name } }));
                  }}
                />
                <TextInput
                  label={`${label}: cargo`}
                  required
                  value={signers[k].position}
                  onChange={(e) => {
                    const position = e.currentTarget.value;
                    setSigners((s) => ({ ...s, [k]: { ...s[k], position } }));
                  }}
                />
              </SimpleGrid>
            ))}
            <DialogFooter
              error={error}
              saving={job.state !== null}
              onCancel={onClose}
              submitLabel="Emitir acta"
              submitIcon={<IconFileCertificate size={16} />}
            />
          </Stack>
        </SubmitForm>
      </Modal>
      <JobProgressModal job={job} />
    </>
  );
}
