import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageKey } from '../../ui/keyboard';
import { ActivityFormModal } from './ActivityFormModal';
import type { FormLink, ManualType } from './activityForm';
import { TYPE_ICONS } from './activityMeta';

/** The four entries recorded most (A5), one click each; the other manual types in a menu. */
const MAIN_TYPES: ManualType[] = ['note', 'call', 'task', 'meeting'];
const OTHER_TYPES: ManualType[] = ['email', 'letter', 'visit', 'presentation'];

/** Quick add on a record page: the record is linked already. `n` opens a note. */
export function QuickAdd({ record }: { record: FormLink }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ManualType | null>(null);
  usePageKey('n', () => setType('note'));

  return (
    <>
      <Group gap={6} role="group" aria-label={t('activities.quickAdd')}>
        {MAIN_TYPES.map((mainType) => {
          const Icon = TYPE_ICONS[mainType];
          return (
            <Button
              key={mainType}
              size="compact-sm"
              variant="light"
              leftSection={<Icon size={14} aria-hidden />}
              onClick={() => setType(mainType)}
            >
              {t(`activities.types.${mainType}`)}
            </Button>
          );
        })}
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              size="compact-sm"
              variant="subtle"
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t('activities.moreTypes')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {OTHER_TYPES.map((otherType) => {
              const Icon = TYPE_ICONS[otherType];
              return (
                <Menu.Item
                  key={otherType}
                  leftSection={<Icon size={16} aria-hidden />}
                  onClick={() => setType(otherType)}
                >
                  {t(`activities.types.${otherType}`)}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {type && <ActivityFormModal mode={{ kind: 'create', type, record }} onClose={() => setType(null)} />}
    </>
  );
}
