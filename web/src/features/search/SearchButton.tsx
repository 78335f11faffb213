import { ActionIcon, Button, Kbd, Tooltip } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Opens the spotlight for mouse and touch users; shows the shortcut where there is room. */
export function SearchButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        variant="default"
        visibleFrom="sm"
        onClick={onClick}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        aria-keyshortcuts="Control+K /"
      >
        {t('search.open')}
      </Button>
      <Tooltip label={t('search.open')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          hiddenFrom="sm"
          onClick={onClick}
          aria-label={t('search.open')}
        >
          <IconSearch size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
