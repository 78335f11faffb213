import type { Product } from '@kontor/domain/products';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { changedFields } from '../../ui/changedFields';
import { PageHeader } from '../../ui/PageHeader';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useProduct, useUpdateProduct } from './api';
import { ProductFormFields, useProductForm } from './ProductForm';
import { ProductNotFound } from './ProductNotFound';
import { initialProductValues, productFormPath, toProductPayload } from './productForm';

export function EditProductPage() {
  const { id = '' } = useParams();
  const product = useProduct(id);
  if (product.isPending) return <TableSkeleton rows={8} />;
  if (product.isError) {
    if (product.error instanceof ApiError && product.error.status === 404) return <ProductNotFound />;
    return <ErrorState error={product.error} onRetry={() => product.refetch()} />;
  }
  return <EditForm key={id} product={product.data} reload={async () => (await product.refetch()).data} />;
}

function EditForm({ product, reload }: { product: Product; reload: () => Promise<Product | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useProductForm(initialProductValues(product));
  const update = useUpdateProduct(product.id);
  // The version the form started from: a change by someone else since then must give a conflict.
  const [base, setBase] = useState(product);
  const [conflict, setConflict] = useState(false);
  const detailPath = `/products/${encodeURIComponent(product.id)}`;

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    const values = initialProductValues(latest);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(false);
  };

  return (
    <>
      <PageHeader title={t('products.editTitle', { name: base.name })} />
      <ProductFormFields
        // The supplier picker keeps the names it knows: a reloaded version brings new ones.
        key={base.version}
        form={form}
        product={base}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            toProductPayload(initialProductValues(base)),
            toProductPayload(values),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t, productFormPath),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({ color: 'teal', message: t('products.saved', { name: saved.name }) });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
