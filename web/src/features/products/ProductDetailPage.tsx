import type { Product } from '@kontor/domain/products';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { BackLink } from '../../ui/BackLink';
import { DeleteConfirm } from '../../ui/DeleteConfirm';
import { DetailActions } from '../../ui/DetailActions';
import { DetailSkeleton } from '../../ui/DetailParts';
import { DetailTabs } from '../../ui/DetailTabs';
import { usePageKey } from '../../ui/keyboard';
import { usePermission } from '../../ui/session';
import { ErrorState } from '../../ui/states';
import { useDeleteProduct, useProduct, useProductCategories } from './api';
import { categoryPath, categoryTree } from './categoryTree';
import { ProductHeader } from './ProductHeader';
import { ProductHistory } from './ProductHistory';
import { ProductNotFound } from './ProductNotFound';
import { ProductOverview } from './ProductOverview';

export function ProductDetailPage() {
  const { id = '' } = useParams();
  const product = useProduct(id);
  if (product.isPending) return <DetailSkeleton />;
  if (product.isError) {
    if (product.error instanceof ApiError && product.error.status === 404) return <ProductNotFound />;
    return <ErrorState error={product.error} onRetry={() => product.refetch()} />;
  }
  return <ProductDetail key={id} product={product.data} />;
}

function ProductDetail({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('products.write');
  const canDelete = usePermission('products.delete');
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteProduct(product.id);
  const categories = useProductCategories();
  const editPath = `/products/${encodeURIComponent(product.id)}/edit`;
  const tree = categoryTree(categories.data ?? [], i18n.language);
  // Until the tree is loaded (or should it fail) the category's own name stands in for its path.
  const path = categoryPath(tree, product.categoryId) ?? product.categoryName;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  return (
    <Stack gap="lg">
      <BackLink to="/products" label={t('products.backToList')} />
      <ProductHeader product={product} categoryPath={path}>
        <DetailActions
          canWrite={canWrite}
          canDelete={canDelete}
          editPath={editPath}
          noWriteReason={t('products.noWritePermission')}
          noDeleteReason={t('products.noDeletePermission')}
          onDelete={() => setDeleting(true)}
        />
      </ProductHeader>

      <DetailTabs
        allowed={['history']}
        overview={<ProductOverview product={product} categoryPath={path} />}
        history={<ProductHistory product={product} tree={tree} />}
      />

      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('products.deleteTitle')}
        message={t('products.deleteText', { name: product.name })}
        deletedMessage={t('products.deleted', { name: product.name })}
        listPath="/products"
      />
    </Stack>
  );
}
