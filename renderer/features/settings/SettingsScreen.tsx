import { Tabs } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarEvent,
  IconFileText,
  IconSignature,
  IconTable,
  IconTemplate,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { LoadingBlock } from '../../components/States';
import { navigate, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { CalendarTab } from './CalendarTab';
import { InstitutionTab } from './InstitutionTab';
import { LetterheadTab } from './LetterheadTab';
import { ReferenceUnitsTab } from './ReferenceUnitsTab';
import { SignatoriesTab } from './SignatoriesTab';
import type { SettingsTab } from './store';

const TABS: { value: SettingsTab; label: string; icon: typeof IconBuilding }[] = [
  { value: 'institucion', label: 'Institución', icon: IconBuilding },
  { value: 'membrete', label: 'Membrete y logos', icon: IconFileText },
  { value: 'firmantes', label: 'Firmantes', icon: IconSignature },
  { value: 'tablas', label: 'Tablas', icon: IconTable },
  { value: 'dias-habiles', label: 'Días hábiles', icon: IconCalendarEvent },
  { value: 'plantillas', label: 'Plantillas', icon: IconTemplate },
];

/** `templates`: the Plantillas tab's panel (its own feature, composed by the app's routes). */
export function SettingsScreen({ templates }: { templates?: ReactNode }) {
  const { segments } = useLocation();
  const tab = (TABS.find((t) => t.value === segments[1])?.value ?? 'institucion') as SettingsTab;
  const settings = useSession((s) => s.settings);
  const institution = settings?.institution;

  return (
    <>
      <PageHeader
        title="Configuración"
        subtitle="Datos de la institución, membrete, firmantes, tablas de referencia, días hábiles y plantillas de oficios."
        crumbs={[{ label: 'Inicio', to: '/tablero' }, { label: 'Configuración' }]}
      />
      {!settings || !institution ? (
        <LoadingBlock />
      ) : (
        <Tabs value={tab} onChange={(v) => v && navigate(`/configuracion/${v}`)} keepMounted={false} variant="outline">
          <Tabs.List mb="md">
            {TABS.map(({ value, label, icon: Icon }) => (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={15} />}>
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="institucion">
            <InstitutionTab institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="membrete">
            <LetterheadTab institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="firmantes">
            <SignatoriesTab />
          </Tabs.Panel>
          <Tabs.Panel value="tablas">
            <ReferenceUnitsTab />
          </Tabs.Panel>
          <Tabs.Panel value="dias-habiles">
            <CalendarTab />
          </Tabs.Panel>
          <Tabs.Panel value="plantillas">{templates}</Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
