import { Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TemplateDetail } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { templatesApi } from './api';

type Addressee = NonNullable<TemplateDetail['defaultAddressee']>;
const EMPTY: Addressee = { title: '', name: '', position: '', institution: '' };

/**
 * Memorándums go to the titular of one of our own directorates: set once
 * here, every new memorándum of the type (also those a 32x32 case drafts)
 * is addressed to that person. An empty name removes the default.
 */
export function AddresseeSection({ detail }: { detail: TemplateDetail }) {
  const saved = detail.defaultAddressee ?? EMPTY;
  const [a, setA] = useState<Addressee>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setA(detail.defaultAddressee ?? EMPTY);
    setErrors({});
  }, [detail.docType, detail.defaultAddressee]);

  const trimmed = {
    title: a.title.trim(),
    name: a.name.trim(),
    position: a.position.trim(),
    institution: a.institution.trim(),
  };
  const dirty = JSON.stringify(trimmed) !== JSON.stringify(saved);

  async function save() {
    setSaving(true);
    try {
      const d = await templatesApi.saveAddressee({ docType: detail.docType, addressee: trimmed });
      notifySuccess(
        d.defaultAddressee
          ? `Los nuevos «${detail.label}» se dirigirán a ${d.defaultAddressee.name}.`
          : `«${detail.label}» ya no tiene destinatario predeterminado.`,
      );
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se guardó el destinatario');
    } finally {
      setSaving(false);
    }
  }

  const field = (k: keyof Addressee) => ({
    value: a[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setA({ ...a, [k]: e.currentTarget.value }),
    error: errors[`addressee.${k}`],
    name: `addressee.${k}`,
  });

  return (
    <Section
      title="Destinatario predeterminado"
      description="El titular de la dirección a la que se dirige este memorándum. Los borradores nuevos lo traen ya capturado; los existentes no cambian."
    >
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="sm" data-testid="memo-addressee">
        <TextInput label="Título" placeholder="Mtra., C.P., Dr." maxLength={40} {...field('title')} />
        <TextInput label="Nombre" placeholder="Nombre completo" maxLength={200} {...field('name')} />
        <TextInput
          label="Cargo"
          placeholder="Director(a) de Recursos Financieros"
          maxLength={300}
          {...field('position')}
        />
        <TextInput label="Dependencia" placeholder="Opcional" maxLength={300} {...field('institution')} />
      </SimpleGrid>
      <Group justify="flex-end" gap="xs" mt="sm">
        {errors._form && (
          <Text size="sm" c="red.7">
            {errors._form}
          </Text>
        )}
        <Button
          size="xs"
          leftSection={<IconDeviceFloppy size={14} />}
          onClick={() => void save()}
          loading={saving}
          disabled={!dirty}
        >
          Guardar destinatario
        </Button>
      </Group>
    </Section>
  );
}
