import { PRODUCT, type Product } from '@kontor/domain/products';
import { Button, Group } from '@mantine/core';
import { IconCategory, IconPackage, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { fetchProductsPage, PRODUCTS_API, productsKey } from './api';

/** The product catalogue (M6): every product with its price, filterable, exportable. */
export function ProductsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = usePermission('products.write');
  const canDelete = usePermission('products.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/products/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('products.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={t('products.description')}
        actions={
          <Group gap="xs">
            <Button
              component={Link}
              to="/products/categories"
              variant="default"
              leftSection={<IconCategory size={18} aria-hidden />}
            >
              {t('products.categories.open')}
            </Button>
            {newButton}
          </Group>
        }
      />
      <RecordList<Product>
        record={PRODUCT}
        queryKey={productsKey}
        fetchPage={fetchProductsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.name}
        apiPath={PRODUCTS_API}
        // Products have no owner or tags: deleting is their only bulk action.
        bulk={{ write: canWrite, delete: canDelete, actions: ['delete'] }}
        rowHref={(row) => `/products/${encodeURIComponent(row.id)}`}
        cells={{
          listPrice: (row) =>
            row.listPriceCents === null ? '–' : format.money(row.listPriceCents, row.currency),
          taxRate: (row) => `${format.number(row.taxRate)}\u00a0%`,
        }}
        empty={{
          icon: <IconPackage aria-hidden />,
          title: t('products.emptyTitle'),
          description: t('products.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/products/new') : undefined}
      />
    </>
  );
}
