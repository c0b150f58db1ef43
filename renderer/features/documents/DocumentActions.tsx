// The header buttons of a letter: only the steps its status allows (edit and issue a draft, send, acuse, cancel, reprint).
import { Button } from '@mantine/core';
import {
  IconBan,
  IconFileCheck,
  IconPencil,
  IconPrinter,
  IconRubberStamp,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import type { DocumentDetail as Detail } from '../../../shared/api/types';
import { navigate } from '../../lib/router';

export type DialogName = 'issue' | 'send' | 'acuse' | 'cancel' | 'discard' | null;

export function DocumentActions({
  doc,
  issued,
  reprinting,
  onReprint,
  setDialog,
}: {
  doc: Detail;
  issued: boolean;
  reprinting: boolean;
  onReprint(): Promise<void>;
  setDialog(d: DialogName): void;
}) {
  const status = doc.status;
  return (
    <>
      {status === 'borrador' && (
        <>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDialog('discard')}
          >
            Descartar
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => navigate(`/documentos/${doc.id}/editar`)}
          >
            Editar
          </Button>
          <Button
            leftSection={<IconRubberStamp size={16} />}
            onClick={() => setDialog('issue')}
            data-testid="detail-issue"
          >
            Emitir
          </Button>
        </>
      )}
      {issued && (
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          onClick={() => void onReprint()}
          loading={reprinting}
          data-testid="reprint"
        >
          Reimprimir
        </Button>
      )}
      {status === 'emitido' && (
        <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('send')} data-testid="register-sent">
          Registrar envío
        </Button>
      )}
      {(status === 'emitido' || status === 'enviado') && (
        <Button
          variant={status === 'emitido' ? 'default' : 'filled'}
          leftSection={<IconFileCheck size={16} />}
          onClick={() => setDialog('acuse')}
          data-testid="register-acuse"
        >
          Registrar acuse
        </Button>
      )}
      {issued && status !== 'cancelado' && (
        <Button
          variant="default"
          color="red"
          c="red.8"
          leftSection={<IconBan size={16} />}
          onClick={() => setDialog('cancel')}
          data-testid="cancel-document"
        >
          Cancelar documento…
        </Button>
      )}
    </>
  );
}
