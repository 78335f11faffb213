import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCreateProduct } from './api';
import { ProductFormFields, useProductForm } from './ProductForm';
import { initialProductValues, productFormPath, toProductPayload } from './productForm';

export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useProductForm(initialProductValues());
  const create = useCreateProduct();

  // Back to where the user came from (the list with its filters), or to the list after a direct visit.
  const cancel = () => (location.key === 'default' ? navigate('/products') : navigate(-1));

  return (
    <>
      <PageHeader title={t('products.newTitle')} />
      <ProductFormFields
        form={form}
        submitLabel={t('products.create')}
        pending={create.isPending}
        onCancel={cancel}
        onSubmit={(values, markSaved) =>
          create.mutate(toProductPayload(values), {
            onError: (error) => showSubmitError(error, form, t, productFormPath),
            onSuccess: (created) => {
              markSaved();
              notifications.show({ color: 'teal', message: t('products.created', { name: created.name }) });
              navigate(`/products/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}
