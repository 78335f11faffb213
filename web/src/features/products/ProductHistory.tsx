import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { PRODUCT, type Product } from '@kontor/domain/products';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useProductHistory } from './api';
import { type CategoryEntry, categoryPath } from './categoryTree';

const textField = (key: string, label: string): FieldDef => ({
  key,
  kind: 'text',
  label: { de: label, en: label },
});

/** The history tab of a product: its changes field by field. */
export function ProductHistory({ product, tree }: { product: Product; tree: readonly CategoryEntry[] }) {
  const { t } = useTranslation();
  const history = useProductHistory(product.id);
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  return (
    <FieldHistory
      record={PRODUCT}
      items={history.data}
      extraFields={{
        listPriceCents: fieldOf(PRODUCT, 'listPrice') as FieldDef,
        categoryId: fieldOf(PRODUCT, 'categoryName') as FieldDef,
        supplierIds: textField('supplierIds', t('products.suppliers')),
        suppliers: textField('suppliers', t('products.suppliers')),
        description: textField('description', t('products.descriptionLabel')),
      }}
      describeValue={(field, value) => {
        // Categories are stored by id; their path today is the best the history can say.
        if (field === 'categoryId' && typeof value === 'string')
          return categoryPath(tree, value) ?? undefined;
        if (field === 'taxRate' && typeof value === 'number') return `${value}\u00a0%`;
        return undefined;
      }}
    />
  );
}
