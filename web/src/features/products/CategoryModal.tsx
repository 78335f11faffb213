import type { ProductCategory } from '@kontor/domain/products';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useProductCategories, useSaveCategory } from './api';
import { CategorySelect } from './CategorySelect';
import { selfAndDescendants } from './categoryTree';

/** Adds a category (below `parentId`), or renames and moves one. */
export function CategoryModal({
  opened,
  category,
  parentId,
  categories,
  onClose,
}: {
  opened: boolean;
  /** The category to change; null adds one. */
  category: ProductCategory | null;
  /** Where a new category goes. */
  parentId: string | null;
  categories: readonly ProductCategory[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={category ? t('products.categories.editTitle') : t('products.categories.createTitle')}
    >
      {opened && (
        <CategoryForm
          key={category?.id ?? `new-${parentId}`}
          category={category}
          parentId={parentId}
          categories={categories}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function CategoryForm({
  category,
  parentId,
  categories,
  onDone,
}: {
  category: ProductCategory | null;
  parentId: string | null;
  categories: readonly ProductCategory[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const validators = useValidators();
  const save = useSaveCategory(category?.id ?? null);
  const refreshed = useProductCategories();
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    initialValues: { name: category?.name ?? '', parentId: category ? category.parentId : parentId },
    validate: {
      name: (value: string) =>
        validators.required(value) ??
        (value.trim().length > 120 ? t('products.categories.nameTooLong') : null),
    },
  });
  // A category cannot move below itself or its own subcategories (the server refuses it too).
  const excluded = category ? selfAndDescendants(categories, category.id) : undefined;

  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const body = category
      ? {
          version: category.version,
          ...(name !== category.name ? { name } : {}),
          ...(values.parentId !== category.parentId ? { parentId: values.parentId } : {}),
        }
      : { name, parentId: values.parentId };
    save.mutate(body, {
      onError: (error) => (isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t)),
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('products.categories.saved', { name: saved.name }) });
        onDone();
      },
    });
  });

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        {conflict && (
          <ConflictAlert
            onReload={async () => {
              await refreshed.refetch();
              onDone();
            }}
          />
        )}
        <TextInput
          label={t('products.categories.name')}
          required
          data-autofocus
          maxLength={120}
          {...form.getInputProps('name')}
        />
        <CategorySelect
          label={t('products.categories.parent')}
          description={t('products.categories.parentHint')}
          placeholder={t('products.categories.topLevel')}
          categories={categories}
          excluded={excluded}
          {...form.getInputProps('parentId')}
        />
        <FormActions
          submitLabel={category ? t('common.save') : t('products.categories.create')}
          pending={save.isPending}
          disabled={conflict}
          onCancel={onDone}
        />
      </Stack>
    </HotkeyForm>
  );
}
