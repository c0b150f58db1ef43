// Configuración → Institución: identity and bank fields; the profile is shown, not editable.
import { Alert, Badge, Box, SimpleGrid, Text } from '@mantine/core';
import type { Institution } from '../../../shared/api/types';
import { Section } from '../../components/Section';
import { PROFILE_LABELS } from '../../lib/session';
import { BankFields, IdentityFields } from './InstitutionFields';
import { SaveBar } from './SaveBar';
import { useInstitutionDraft } from './useInstitutionDraft';

export function InstitutionTab({ institution }: { institution: Institution }) {
  const f = useInstitutionDraft(institution);
  return (
    <Box maw={980}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section
          title="Datos generales"
          actions={
            <Badge variant="light" size="lg">
              Perfil {institution.profile} · {PROFILE_LABELS[institution.profile]}
            </Badge>
          }
        >
          <IdentityFields draft={f.draft} errors={f.errors} onChange={f.onChange} />
        </Section>
        <Section title="Cuenta bancaria y parámetros">
          <BankFields draft={f.draft} errors={f.errors} onChange={f.onChange} />
        </Section>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mb="sm">
        El perfil ({institution.profile}) se eligió en la configuración inicial y no se cambia aquí: determina
        catálogos, moneda ({institution.currency}) y formatos.
      </Text>
      {f.errors._form && (
        <Alert color="red" mb="sm">
          {f.errors._form}
        </Alert>
      )}
      <SaveBar dirty={f.dirty} saving={f.saving} onSave={f.save} onReset={f.reset} updatedAt={institution.updatedAt} />
    </Box>
  );
}
