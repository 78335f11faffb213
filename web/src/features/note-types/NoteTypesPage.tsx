import type { NoteType } from '@kontor/domain/activities';
import { ActionIcon, Button, Table, Text, Tooltip } from '@mantine/core';
import { IconNotes, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { SimpleTable } from '../../ui/SimpleTable';
import { ListStates } from '../../ui/states';
import { useAllNoteTypes } from './api';
import { NoteTypeModal } from './NoteTypeModal';

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; noteType: NoteType };

/**
 * The note types recording offers ("Kunde hat bei uns angerufen", A1), for administrators: add,
 * rename in both languages, set type, direction and order, switch off. Switched-off types are
 * kept, so older entries still show their name.
 */
export function NoteTypesPage() {
  const { t, i18n } = useTranslation();
  const noteTypes = useAllNoteTypes();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const last = noteTypes.data?.reduce((max, noteType) => Math.max(max, noteType.position), 0) ?? 0;

  const createButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
      {t('noteTypes.create')}
    </Button>
  );
  const name = (noteType: NoteType) => (i18n.language === 'en' ? noteType.label.en : noteType.label.de);

  return (
    <>
      <PageHeader
        title={t('noteTypes.title')}
        description={t('noteTypes.description')}
        count={noteTypes.data?.length}
        actions={createButton}
      />
      <ListStates
        query={noteTypes}
        empty={
          <EmptyPanel
            icon={<IconNotes aria-hidden />}
            title={t('noteTypes.emptyTitle')}
            description={t('noteTypes.emptyText')}
            action={createButton}
          />
        }
      >
        {(items) => (
          <SimpleTable
            minWidth={720}
            headers={[
              t('noteTypes.position'),
              t('noteTypes.labelDe'),
              t('noteTypes.labelEn'),
              t('noteTypes.activityType'),
              t('noteTypes.direction'),
              t('noteTypes.state'),
            ]}
            actions
          >
            {items.map((noteType) => (
              <Table.Tr key={noteType.id} c={noteType.active ? undefined : 'dimmed'}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{noteType.position}</Table.Td>
                <Table.Td fw={500}>{noteType.label.de}</Table.Td>
                <Table.Td>{noteType.label.en}</Table.Td>
                <Table.Td>{t(`noteTypes.types.${noteType.activityType}`)}</Table.Td>
                <Table.Td>{t(`noteTypes.directions.${noteType.direction ?? 'none'}`)}</Table.Td>
                <Table.Td>
                  <Text
                    span
                    size="sm"
                    fw={500}
                    c={noteType.active ? undefined : 'dimmed'}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {noteType.active ? t('noteTypes.active') : t('noteTypes.inactive')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('noteTypes.edit', { name: name(noteType) })}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('noteTypes.edit', { name: name(noteType) })}
                      onClick={() => setEditing({ mode: 'edit', noteType })}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        )}
      </ListStates>
      <NoteTypeModal
        opened={editing.mode !== 'closed'}
        noteType={editing.mode === 'edit' ? editing.noteType : null}
        nextPosition={last + 10}
        onClose={() => setEditing({ mode: 'closed' })}
      />
    </>
  );
}
