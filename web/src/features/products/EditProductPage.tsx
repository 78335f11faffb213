import type { Product } from '@kontor/domain/products';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '../../ui/EditRecordPage';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEdit } from '../../ui/useRecordEdit';
import { useProduct, useUpdateProduct } from './api';
import { ProductFormFields, useProductForm } from './ProductForm';
import { ProductNotFound } from './ProductNotFound';
import { initialProductValues, productFormPath, toProductPayload } from './productForm';

export function EditProductPage() {
  const { id = '' } = useParams();
  return (
    <EditRecordPage query={useProduct(id)} notFound={<ProductNotFound />}>
      {(product, reload) => <EditForm product={product} reload={reload} />}
    </EditRecordPage>
  );
}

function EditForm({ product, reload }: { product: Product; reload: () => Promise<Product | undefined> }) {
  const { t } = useTranslation();
  const form = useProductForm(initialProductValues(product));
  const { base, formProps } = useRecordEdit({
    record: product,
    reload,
    form,
    valuesOf: initialProductValues,
    toPayload: toProductPayload,
    update: useUpdateProduct(product.id),
    detailPath: `/products/${encodeURIComponent(product.id)}`,
    savedMessage: (saved) => t('products.saved', { name: saved.name }),
    formPathOf: productFormPath,
  });
  return (
    <>
      <PageHeader title={t('products.editTitle', { name: base.name })} />
      <ProductFormFields
        // The supplier picker keeps the names it knows: a reloaded version brings new ones.
        key={base.version}
        form={form}
        product={base}
        {...formProps}
      />
    </>
  );
}
