import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Key sequences per action; each inner array is pressed one after another, or, with
 * `alternatives`, each inner array alone does the same.
 */
const SHORTCUTS: { keys: string[][]; labelKey: string; alternatives?: true }[] = [
  { keys: [['g'], ['s']], labelKey: 'shortcuts.goStart' },
  { keys: [['g'], ['o']], labelKey: 'shortcuts.goOrganizations' },
  { keys: [['g'], ['k']], labelKey: 'shortcuts.goContacts' },
  { keys: [['g'], ['l']], labelKey: 'shortcuts.goLeads' },
  { keys: [['g'], ['c']], labelKey: 'shortcuts.goOpportunities' },
  { keys: [['g'], ['a']], labelKey: 'shortcuts.goQuotations' },
  { keys: [['g'], ['b']], labelKey: 'reports.shortcut' },
  { keys: [['Ctrl', 'K'], ['/']], labelKey: 'search.shortcut', alternatives: true },
  { keys: [['n']], labelKey: 'shortcuts.newRecord' },
  { keys: [['n']], labelKey: 'activities.shortcut' },
  { keys: [['f']], labelKey: 'shortcuts.focusFilter' },
  { keys: [['e']], labelKey: 'shortcuts.edit' },
  { keys: [['?']], labelKey: 'shortcuts.help' },
  { keys: [['Ctrl', 'S']], labelKey: 'shortcuts.save' },
  { keys: [['Esc']], labelKey: 'shortcuts.close' },
];

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')}>
      <Table verticalSpacing="xs">
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.labelKey}>
              <Table.Td>{t(shortcut.labelKey)}</Table.Td>
              <Table.Td>
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  {shortcut.keys.map((step, index) => (
                    <Fragment key={step.join('+')}>
                      {index > 0 && (
                        <Text span size="xs" c="dimmed">
                          {shortcut.alternatives ? t('search.or') : t('shortcuts.then')}
                        </Text>
                      )}
                      {step.map((key, keyIndex) => (
                        <Fragment key={key}>
                          {keyIndex > 0 && '+'}
                          <Kbd>{key}</Kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
