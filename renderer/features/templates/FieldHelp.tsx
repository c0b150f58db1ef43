import { Accordion, Badge, Code, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { TemplateDetail } from '../../../shared/api/types';
import { documentType } from '../../../shared/domain/documents/types';

type Doc = TemplateDetail['fieldDocs'][number];

const MARKERS = new Set(['tabla', 'bloque_banco']);

/** The text a click inserts: a field, a loop over a list item, or a marker alone in its paragraph. */
export function snippetFor(name: string): string {
  if (MARKERS.has(name)) return `\n\n{{ ${name} }}\n\n`;
  const m = /^([a-z_]+)\[\]\.(.+)$/u.exec(name);
  if (m) {
    const list = m[1] ?? '';
    const v = list.charAt(0);
    return `{% for ${v} in ${list} %}{{ ${v}.${m[2]} }}{% unless forloop.last %}, {% endunless %}{% endfor %}`;
  }
  return `{{ ${name} }}`;
}

const top = (name: string) => name.split(/[.[]/u)[0] ?? name;

function FieldRow({ doc, onInsert, filter = false }: { doc: Doc; onInsert(text: string): void; filter?: boolean }) {
  return (
    <UnstyledButton
      className="tpl-field"
      onMouseDown={(e) => e.preventDefault() /* keep the caret where it is */}
      onClick={() => onInsert(filter ? ` | ${doc.name}` : snippetFor(doc.name))}
      title={filter ? `Insertar « | ${doc.name}»` : `Insertar ${snippetFor(doc.name).trim()}`}
      data-testid={`field-${doc.name}`}
    >
      <Code fz={11.5} c="brand.8" bg="transparent" p={0}>
        {filter ? `| ${doc.name}` : doc.name}
      </Code>
      <Text size="xs" lh={1.4}>
        {doc.description}
      </Text>
      {doc.example && (
        <Text size="xs" c="dimmed" ff="monospace" lh={1.35} style={{ wordBreak: 'break-word' }}>
          {doc.example}
        </Text>
      )}
    </UnstyledButton>
  );
}

/**
 * Help panel: the fields of this type first, then the rest and the filters.
 * A click inserts the field (`{{ campo }}`) or the filter at the caret.
 */
export function FieldHelp({ detail, onInsert }: { detail: TemplateDetail; onInsert(text: string): void }) {
  const [q, setQ] = useState('');
  const { mine, others, filters } = useMemo(() => {
    const uses = new Set(detail.fields);
    const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const needle = norm(q.trim());
    const match = (d: Doc) => !needle || norm(`${d.name} ${d.description}`).includes(needle);
    const docs = detail.fieldDocs.filter(match);
    const def = documentType(detail.docType);
    const marker = (d: Doc) =>
      d.name === 'tabla' ? def.invoiceTable : d.name === 'bloque_banco' ? def.bankBlock : false;
    return {
      mine: docs.filter((d) => uses.has(top(d.name)) || marker(d)),
      others: docs.filter((d) => !uses.has(top(d.name)) && !marker(d)),
      filters: detail.filterDocs.filter(match),
    };
  }, [detail, q]);

  return (
    <Stack gap="xs" data-testid="field-help">
      <Text size="xs" c="dimmed">
        Haga clic en un campo para insertarlo donde está el cursor. Los importes van en centavos: use el filtro «dinero»
        o «letras».
      </Text>
      <TextInput
        size="xs"
        placeholder="Buscar campo o filtro"
        leftSection={<IconSearch size={14} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <Accordion
        multiple
        defaultValue={['mine', 'filters']}
        variant="separated"
        radius="sm"
        chevronPosition="right"
        classNames={{ content: 'tpl-acc-content' }}
      >
        <Accordion.Item value="mine">
          <Accordion.Control>
            <Text size="sm" fw={600}>
              Campos de este documento{' '}
              <Badge size="xs" variant="light" ml={4}>
                {mine.length}
              </Badge>
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={2}>
              {mine.map((d) => (
                <FieldRow key={d.name} doc={d} onInsert={onInsert} />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="filters">
          <Accordion.Control>
            <Text size="sm" fw={600}>
              Filtros{' '}
              <Badge size="xs" variant="light" ml={4}>
                {filters.length}
              </Badge>
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={2}>
              {filters.map((d) => (
                <FieldRow key={d.name} doc={d} onInsert={onInsert} filter />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="others">
          <Accordion.Control>
            <Text size="sm" fw={600}>
              Otros campos{' '}
              <Badge size="xs" variant="light" color="gray" ml={4}>
                {others.length}
              </Badge>
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Text size="xs" c="dimmed" mb={4}>
              Existen en todos los documentos, pero este tipo normalmente no los llena (quedan vacíos).
            </Text>
            <Stack gap={2}>
              {others.map((d) => (
                <FieldRow key={d.name} doc={d} onInsert={onInsert} />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
