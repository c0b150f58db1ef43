// Configuración → Membrete y logos: letterhead text, logos (saved when picked) and an approximate header preview.
import { Box, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Institution } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiQuery } from '../../lib/queryClient';
import { settingsApi } from './api';
import { LetterheadFields } from './InstitutionFields';
import { LogoPicker, readImage } from './LogoPicker';
import { SaveBar } from './SaveBar';
import { useInstitutionDraft } from './useInstitutionDraft';

function useAssetUrl(id: number | null) {
  const q = useQuery({ ...apiQuery('assets.get', { id: id ?? 0 }), enabled: id !== null });
  return q.data ? `data:${q.data.mime};base64,${q.data.dataBase64}` : null;
}

export function LetterheadTab({ institution }: { institution: Institution }) {
  const f = useInstitutionDraft(institution);
  const leftUrl = useAssetUrl(institution.logoLeftAssetId);
  const rightUrl = useAssetUrl(institution.logoRightAssetId);
  const [busy, setBusy] = useState<'left' | 'right' | null>(null);

  async function setLogo(slot: 'left' | 'right', file: File | null) {
    setBusy(slot);
    try {
      const image = file ? await readImage(file) : null;
      await settingsApi.setLogo({
        slot,
        image: image ? { fileName: image.fileName, dataBase64: image.dataBase64 } : null,
      });
      notifySuccess(file ? 'Logotipo guardado.' : 'Logotipo quitado.');
    } catch (err) {
      notifyError(err, 'No se guardó el logotipo');
    } finally {
      setBusy(null);
    }
  }

  const lines = f.draft.letterheadLines.filter((l) => l.trim());
  return (
    <Box maw={980}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section title="Texto del membrete">
          <LetterheadFields draft={f.draft} errors={f.errors} onChange={f.onChange} />
        </Section>
        <Section title="Logotipos" description="Se guardan al elegirlos.">
          <SimpleGrid cols={2} spacing="sm">
            <LogoPicker
              testId="logo-left"
              label="Izquierdo"
              src={leftUrl}
              busy={busy === 'left'}
              onPick={(file) => setLogo('left', file)}
              onRemove={() => setLogo('left', null)}
            />
            <LogoPicker
              testId="logo-right"
              label="Derecho"
              src={rightUrl}
              busy={busy === 'right'}
              onPick={(file) => setLogo('right', file)}
              onRemove={() => setLogo('right', null)}
            />
          </SimpleGrid>
        </Section>
      </SimpleGrid>
      <Section title="Vista previa del encabezado" description="Aproximada; el PDF del oficio usa el mismo contenido.">
        <Paper withBorder radius={0} p="md" bg="white" className="letterhead-preview" data-testid="letterhead-preview">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Box w={110} h={70} style={{ display: 'flex', alignItems: 'center' }}>
              {leftUrl && <Image src={leftUrl} h={64} w="auto" fit="contain" alt="Logotipo izquierdo" />}
            </Box>
            <Stack gap={0} align="center" style={{ flex: 1 }}>
              {lines.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  (sin líneas de membrete)
                </Text>
              ) : (
                lines.map((l, i) => (
                  <Text key={i} size={i === 0 ? 'sm' : 'xs'} fw={i === 0 ? 700 : 500} tt="uppercase" ta="center">
                    {l}
                  </Text>
                ))
              )}
            </Stack>
            <Box w={110} h={70} style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end' }}>
              {rightUrl && <Image src={rightUrl} h={64} w="auto" fit="contain" alt="Logotipo derecho" />}
            </Box>
          </Group>
          <Text size="xs" ta="right" mt="md">
            {institution.cityLine || institution.city || 'Ciudad'}, a la fecha del oficio
          </Text>
          {f.draft.slogan && (
            <Text size="xs" ta="center" mt="sm" fs="italic" c="dimmed">
              ATENTAMENTE · {f.draft.slogan}
            </Text>
          )}
        </Paper>
      </Section>
      <SaveBar dirty={f.dirty} saving={f.saving} onSave={f.save} onReset={f.reset} updatedAt={institution.updatedAt} />
    </Box>
  );
}
