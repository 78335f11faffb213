import { ActionIcon, Box, Group, Input, Tooltip } from '@mantine/core';
import { IconBold, IconItalic, IconList, IconListNumbers, type TablerIcon } from '@tabler/icons-react';
import { Extension } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkPopover } from './LinkPopover';
import classes from './RichTextField.module.css';

interface RichTextFieldProps {
  label: string;
  description?: string;
  /** The HTML the editor starts with; it is not controlled afterwards. */
  initial: string | null;
  /** Null when the text is empty, so no empty paragraph is stored. */
  onChange: (html: string | null) => void;
  /** Ctrl+Enter in the text saves the form, as everywhere else in the dialog. */
  onSubmit: () => void;
  error?: string;
}

/**
 * The rich text of an entry (A1): paragraphs, bold, italic, lists and links — what the server's
 * sanitiser keeps. Mentions are typed as plain `@Vorname Nachname`; the server finds the names.
 */
export function RichTextField({
  label,
  description,
  initial,
  onChange,
  onSubmit,
  error,
}: RichTextFieldProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  // Mantine names the wrapper's label `<id>-label`; the editable area is labelled by it.
  const labelId = `${fieldId}-label`;
  const submitRef = useRef(onSubmit);
  submitRef.current = onSubmit;
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        // Only what the server keeps: no rules, headings from level 2 (the page has the h1).
        horizontalRule: false,
        heading: { levels: [2, 3, 4] },
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
      }),
      // StarterKit's hard break also listens to Ctrl+Enter; in Kontor that key saves.
      Extension.create({
        name: 'kontorSubmit',
        priority: 1000,
        addKeyboardShortcuts: () => ({
          'Mod-Enter': () => {
            submitRef.current();
            return true;
          },
        }),
      }),
    ],
    content: initial ?? '',
    editorProps: {
      attributes: {
        class: classes.content ?? '',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(error ? { 'aria-invalid': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? null : current.getHTML()),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
    }),
  });

  const tools: { key: Exclude<keyof typeof active, 'link'>; icon: TablerIcon; run: () => void }[] = [
    { key: 'bold', icon: IconBold, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', icon: IconItalic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'bulletList', icon: IconList, run: () => editor.chain().focus().toggleBulletList().run() },
    {
      key: 'orderedList',
      icon: IconListNumbers,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
  ];

  return (
    <Input.Wrapper label={label} labelElement="div" id={fieldId} description={description} error={error}>
      <Box className={classes.frame} data-error={error ? true : undefined}>
        <Group gap={2} className={classes.toolbar} role="toolbar" aria-label={t('activities.editor.label')}>
          {tools.map(({ key, icon: Icon, run }) => (
            <Tooltip key={key} label={t(`activities.editor.${key}`)} withinPortal>
              <ActionIcon
                variant={active[key] ? 'light' : 'subtle'}
                color={active[key] ? undefined : 'gray'}
                size="sm"
                aria-label={t(`activities.editor.${key}`)}
                aria-pressed={active[key]}
                onClick={run}
              >
                <Icon size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ))}
          <LinkPopover editor={editor} active={active.link} />
        </Group>
        <EditorContent editor={editor} />
      </Box>
    </Input.Wrapper>
  );
}
