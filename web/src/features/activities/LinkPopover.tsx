import { ActionIcon, Button, Group, Popover, TextInput, Tooltip } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Only what the server's sanitiser keeps as a link target; anything else would silently vanish. */
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

/** Sets, changes or removes the link on the selected text; Enter applies, Esc closes. */
export function LinkPopover({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [href, setHref] = useState('');
  const open = () => {
    setHref((editor.getAttributes('link').href as string | undefined) ?? 'https://');
    setOpened(true);
  };
  const close = () => {
    setOpened(false);
    editor.commands.focus();
  };
  const trimmed = href.trim();
  const target = SAFE_LINK.test(trimmed) || trimmed === '' ? trimmed : `https://${trimmed}`;
  const apply = () => {
    const chain = editor.chain().focus().extendMarkRange('link');
    if (target === '' || target === 'https://') chain.unsetLink().run();
    else chain.setLink({ href: target }).run();
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} trapFocus position="bottom-start" withinPortal={false}>
      <Popover.Target>
        <Tooltip label={t('activities.editor.link')} withinPortal>
          <ActionIcon
            variant={active ? 'light' : 'subtle'}
            color={active ? undefined : 'gray'}
            size="sm"
            aria-label={t('activities.editor.link')}
            aria-pressed={active}
            onClick={() => (opened ? close() : open())}
          >
            <IconLink size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('activities.editor.linkAddress')}
            description={t('activities.editor.linkHint')}
            value={href}
            onChange={(event) => setHref(event.currentTarget.value)}
            onKeyDown={(event) => {
              // The dialog's own keys (Enter submits, Esc closes) must not fire from here.
              if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                event.preventDefault();
                event.stopPropagation();
                apply();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
              }
            }}
            size="xs"
            w={260}
            data-autofocus
          />
          <Button size="xs" onClick={apply}>
            {t('activities.editor.linkApply')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
