// The document types grouped as oficios and memorándums, with each template's version and whether it was customized.
import { Badge, Box, Group, NavLink, Paper, ScrollArea, Text } from '@mantine/core';
import { IconFileText, IconMail } from '@tabler/icons-react';
import type { TemplateSummary } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';

export function TemplateTypeList({
  rows,
  current,
  onSelect,
}: {
  rows: TemplateSummary[];
  current: DocumentTypeKey | null;
  onSelect(k: DocumentTypeKey): void;
}) {
  const groups = [
    { kind: 'oficio', title: 'Oficios', icon: IconFileText },
    { kind: 'memorandum', title: 'Memorándums', icon: IconMail },
  ] as const;
  return (
    <Paper withBorder radius="md" p={6} data-testid="template-types">
      <ScrollArea.Autosize mah="calc(100vh - 230px)" offsetScrollbars type="auto">
        {groups.map((g) => {
          const list = rows.filter((r) => r.kind === g.kind);
          if (list.length === 0) return null;
          return (
            <Box key={g.kind} mb={6}>
              <Text className="nav-section-label">{g.title}</Text>
              {list.map((r) => (
                <NavLink
                  key={r.docType}
                  active={r.docType === current}
                  variant="light"
                  className="nav-link"
                  onClick={() => onSelect(r.docType)}
                  leftSection={<g.icon size={15} stroke={1.6} />}
                  label={
                    <Text size="sm" lh={1.3} fw={r.docType === current ? 600 : 400}>
                      {r.label}
                    </Text>
                  }
                  description={
                    <Group gap={4} mt={2}>
                      <Badge size="xs" variant="default" radius="sm">
                        v{r.version}
                      </Badge>
                      {r.customized && (
                        <Badge size="xs" variant="light" color="grape" radius="sm">
                          Personalizada
                        </Badge>
                      )}
                    </Group>
                  }
                  data-testid={`template-type-${r.docType}`}
                />
              ))}
            </Box>
          );
        })}
      </ScrollArea.Autosize>
    </Paper>
  );
}
