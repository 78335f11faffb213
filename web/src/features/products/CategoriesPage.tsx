import type { ProductCategory } from '@kontor/domain/products';
import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCategory, IconPencil, IconPlus, IconSubtask, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { notifyError } from '../../ui/problems';
import { RowAction } from '../../ui/RowAction';
import { SimpleTable } from '../../ui/SimpleTable';
import { usePermission } from '../../ui/session';
import { ListStates } from '../../ui/states';
import { useDeleteCategory, useProductCategories } from './api';
import { CategoryModal } from './CategoryModal';
import { categoryTree } from './categoryTree';

type Editing =
  | { mode: 'closed' }
  | { mode: 'create'; parentId: string | null }
  | { mode: 'edit'; category: ProductCategory };

/**
 * The category tree of the product catalogue (M6): add, rename, move under another category,
 * delete. The server refuses moves that would make a cycle and deleting categories still in use;
 * its message is shown as it is.
 */
export function CategoriesPage() {
  const { t, i18n } = useTranslation();
  const categories = useProductCategories();
  const canWrite = usePermission('products.write');
  const canDelete = usePermission('products.delete');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<ProductCategory | null>(null);
  const remove = useDeleteCategory();

  const createButton = canWrite && (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => setEditing({ mode: 'create', parentId: null })}
    >
      {t('products.categories.create')}
    </Button>
  );

  const confirmDelete = (category: ProductCategory) =>
    remove.mutate(category.id, {
      onError: (error) => {
        setDeleting(null);
        notifyError(error, t);
      },
      onSuccess: () => {
        setDeleting(null);
        notifications.show({
          color: 'teal',
          message: t('products.categories.deleted', { name: category.name }),
        });
      },
    });

  return (
    <>
      <BackLink to="/products" label={t('products.backToList')} />
      <PageHeader
        title={t('products.categories.title')}
        description={t('products.categories.description')}
        count={categories.data?.length}
        actions={createButton}
      />
      <ListStates
        query={categories}
        empty={
          <EmptyPanel
            icon={<IconCategory aria-hidden />}
            title={t('products.categories.emptyTitle')}
            description={t('products.categories.emptyText')}
            action={createButton}
          />
        }
      >
        {(items) => (
          <SimpleTable
            minWidth={560}
            headers={[t('products.categories.name'), t('products.categories.path')]}
            actions={canWrite || canDelete}
          >
            {categoryTree(items, i18n.language).map(({ category, depth, path }) => (
              <Table.Tr key={category.id}>
                <Table.Td>
                  <Text size="sm" fw={depth === 0 ? 600 : 400} pl={depth * 20}>
                    {category.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {path}
                  </Text>
                </Table.Td>
                {(canWrite || canDelete) && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {canWrite && (
                        <>
                          <RowAction
                            label={t('products.categories.addBelow', { name: category.name })}
                            icon={IconSubtask}
                            onClick={() => setEditing({ mode: 'create', parentId: category.id })}
                          />
                          <RowAction
                            label={t('products.categories.edit', { name: category.name })}
                            icon={IconPencil}
                            onClick={() => setEditing({ mode: 'edit', category })}
                          />
                        </>
                      )}
                      {canDelete && (
                        <RowAction
                          label={t('products.categories.delete', { name: category.name })}
                          icon={IconTrash}
                          color="red"
                          onClick={() => setDeleting(category)}
                        />
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </SimpleTable>
        )}
      </ListStates>
      <CategoryModal
        opened={editing.mode !== 'closed'}
        category={editing.mode === 'edit' ? editing.category : null}
        parentId={editing.mode === 'create' ? editing.parentId : null}
        categories={categories.data ?? []}
        onClose={() => setEditing({ mode: 'closed' })}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('products.categories.deleteTitle')}
        message={t('products.categories.deleteText', { name: deleting?.name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
