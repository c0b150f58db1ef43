// The letter's lifecycle as a timeline built from its events, with the acuse scan's view and download links.
import { Button, Group, Text, Timeline } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconDownload, IconEye, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { DocumentDetail as Detail, DocumentEvent } from '../../../shared/api/types';
import { notifyError } from '../../components/notify';
import { formatDate, formatDateTime } from '../../lib/format';
import { saveFile } from '../../lib/saveFile';
import { documentsApi } from './api';
import { sendMeansLabel } from './labels';

function ScanLinks({
  assetId,
  label,
  onOpen,
}: {
  assetId: number;
  label: string;
  onOpen(id: number, label: string): void;
}) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const a = await documentsApi.asset(assetId);
      const ext = a.mime === 'application/pdf' ? 'pdf' : a.mime === 'image/png' ? 'png' : 'jpg';
      saveFile(a.dataBase64, `${label}.${ext}`, a.mime);
    } catch (err) {
      notifyError(err, 'No se pudo descargar el escaneo');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Group gap="xs" mt={4}>
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconEye size={13} />}
        onClick={() => onOpen(assetId, label)}
        data-testid="acuse-scan-open"
      >
        Ver escaneo
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconDownload size={13} />}
        onClick={() => void download()}
        loading={busy}
      >
        Descargar
      </Button>
    </Group>
  );
}

/** Borrador → emitido → enviado → acuse (or cancelado with its reason), from the document's events. */
export function DocTimeline({ doc, onOpenScan }: { doc: Detail; onOpenScan(id: number, label: string): void }) {
  const last = (kind: DocumentEvent['kind']) => [...doc.events].reverse().find((e) => e.kind === kind);
  const created = last('creado');
  const issued = last('emitido');
  const sent = last('enviado');
  const acuse = last('acuse');
  const cancelled = last('cancelado');

  const items: { key: string; title: string; reached: boolean; body: ReactNode; color?: string; icon?: ReactNode }[] = [
    {
      key: 'borrador',
      title: 'Borrador',
      reached: true,
      body: (
        <Text size="xs" c="dimmed">
          {created
            ? `Creado el ${formatDateTime(created.createdAt)}`
            : `Última modificación: ${formatDateTime(doc.updatedAt)}`}
        </Text>
      ),
    },
    {
      key: 'emitido',
      title: 'Emitido',
      reached: issued !== undefined || doc.number !== null,
      body: issued ? (
        <>
          <Text size="sm">
            Número <b>{doc.number}</b> · {formatDate(issued.date)}
          </Text>
          <Text size="xs" c="dimmed">
            Registrado el {formatDateTime(issued.createdAt)}
            {doc.templateVersion !== null && ` · plantilla versión ${doc.templateVersion}`}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed">
          Al emitir se asigna el número y el PDF queda fijo.
        </Text>
      ),
    },
    {
      key: 'enviado',
      title: 'Enviado',
      reached: sent !== undefined,
      body: sent ? (
        <>
          <Text size="sm">
            {formatDate(sent.date)} · {sendMeansLabel(sent.means)}
          </Text>
          {sent.receivedBy && <Text size="xs">Entregó: {sent.receivedBy}</Text>}
          {sent.note && (
            <Text size="xs" c="dimmed">
              {sent.note}
            </Text>
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          Pendiente: fecha y medio de envío.
        </Text>
      ),
    },
    {
      key: 'acuse',
      title: 'Acuse de recibo',
      reached: acuse !== undefined,
      body: acuse ? (
        <>
          <Text size="sm">
            {formatDate(acuse.date)} · recibió {acuse.receivedBy}
          </Text>
          {acuse.note && (
            <Text size="xs" c="dimmed">
              {acuse.note}
            </Text>
          )}
          {acuse.assetId !== null && (
            <ScanLinks
              assetId={acuse.assetId}
              label={`acuse-${(doc.number ?? String(doc.id)).replace(/[^\w-]+/g, '-')}`}
              onOpen={onOpenScan}
            />
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          Pendiente: fecha, quién recibió y escaneo.
        </Text>
      ),
    },
  ];
  if (cancelled || doc.status === 'cancelado') {
    items.push({
      key: 'cancelado',
      title: 'Cancelado',
      reached: true,
      color: 'red',
      icon: <IconX size={12} />,
      body: (
        <>
          {cancelled && <Text size="sm">{formatDate(cancelled.date)}</Text>}
          <Text size="sm" c="red.8" data-testid="cancel-reason">
            Motivo: {cancelled?.note || '—'}
          </Text>
        </>
      ),
    });
  }
  const active = items.reduce((acc, it, i) => (it.reached ? i : acc), 0);

  return (
    <Timeline active={active} bulletSize={22} lineWidth={2} data-testid="doc-timeline">
      {items.map((it) => (
        <Timeline.Item
          key={it.key}
          title={
            <Text size="sm" fw={600} c={it.reached ? it.color : 'dimmed'}>
              {it.title}
            </Text>
          }
          color={it.color}
          bullet={it.icon ?? (it.reached ? <IconCheck size={12} /> : <IconCircleDashed size={12} />)}
          data-testid={`timeline-${it.key}`}
          data-reached={it.reached || undefined}
        >
          {it.body}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
