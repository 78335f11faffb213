import { PRODUCT, type Product } from '@kontor/domain/products';
import { TAX_RATES } from '@kontor/domain/sales-totals';
import { Autocomplete, Input, Select, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../ui/FormSection';
import { useFormat } from '../../ui/format';
import { eurosToCents } from '../../ui/money';
import { NameField } from '../../ui/NameField';
import { OrganizationMultiSelect } from '../../ui/OrganizationMultiSelect';
import { RecordForm, type RecordFormFrameProps } from '../../ui/RecordForm';
import { useCodedForm } from '../../ui/useCodedForm';
import { useFieldLabels } from '../../ui/useFieldLabels';
import { MoneyInput } from '../organizations/MoneyInput';
import { useProductCategories } from './api';
import { CategorySelect } from './CategorySelect';
import { grossCents, type ProductFormValues, productFormErrors } from './productForm';

/** A field across both columns of its card. */
const FULL_WIDTH = { gridColumn: '1 / -1' };

export type ProductForm = UseFormReturnType<ProductFormValues>;

/** Units offered while typing; any other short unit may be typed. */
const COMMON_UNITS = ['Stk', 'Std', 'Tag', 'kg', 'g', 't', 'm', 'm²', 'm³', 'l', 'Pkt', 'Psch'];

export function useProductForm(values: ProductFormValues): ProductForm {
  return useCodedForm(values, productFormErrors);
}

interface ProductFormProps extends RecordFormFrameProps<ProductFormValues> {
  /** The product being edited; none when creating. */
  product?: Product;
}

/** All fields of a product in cards; the page around it decides create or edit. */
export function ProductFormFields({ product, ...frame }: ProductFormProps) {
  const { form } = frame;
  const { t } = useTranslation();
  const { fieldLabel, options } = useFieldLabels(PRODUCT);
  const categories = useProductCategories();

  return (
    <RecordForm {...frame}>
      <FormSection title={t('products.sections.basics')}>
        <NameField label={fieldLabel('name')} {...form.getInputProps('name')} />
        <TextInput label={fieldLabel('sku')} maxLength={64} {...form.getInputProps('sku')} />
        <Select
          label={fieldLabel('type')}
          data={options('type')}
          allowDeselect={false}
          {...form.getInputProps('type')}
        />
        <CategorySelect
          label={fieldLabel('categoryName')}
          categories={categories.data ?? []}
          loading={categories.isPending}
          error={categories.isError ? t('products.categoriesLoadError') : undefined}
          {...form.getInputProps('categoryId')}
        />
        <OrganizationMultiSelect
          description={t('products.suppliersHint')}
          nothingFound={t('products.suppliersNone')}
          label={t('products.suppliers')}
          initial={product?.suppliers ?? []}
          style={FULL_WIDTH}
          {...form.getInputProps('supplierIds')}
        />
        <Textarea
          label={t('products.descriptionLabel')}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={5000}
          style={FULL_WIDTH}
          {...form.getInputProps('description')}
        />
        <Switch
          label={t('products.activeLabel')}
          description={t('products.activeHint')}
          style={FULL_WIDTH}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      </FormSection>

      <FormSection title={t('products.sections.price')}>
        <MoneyInput
          label={t('products.listPriceNet')}
          max={100_000_000}
          {...form.getInputProps('listPrice')}
        />
        <Select
          label={t('products.taxRate')}
          data={TAX_RATES.map((rate) => ({ value: String(rate), label: `${rate}\u00a0%` }))}
          allowDeselect={false}
          {...form.getInputProps('taxRate')}
        />
        <Autocomplete
          label={fieldLabel('unit')}
          required
          maxLength={20}
          data={COMMON_UNITS}
          {...form.getInputProps('unit')}
        />
        <GrossPreview values={form.values} />
      </FormSection>
    </RecordForm>
  );
}

/** The gross price the typed net price and tax rate give, shown while typing. */
function GrossPreview({ values }: { values: ProductFormValues }) {
  const { t } = useTranslation();
  const format = useFormat();
  const gross = grossCents(eurosToCents(values.listPrice), Number(values.taxRate));
  return (
    <Input.Wrapper label={t('products.grossPrice')} labelElement="div">
      <Text size="sm" py={6} c={gross === null ? 'dimmed' : undefined} aria-live="polite">
        {gross === null
          ? '–'
          : t('products.pricePerUnit', { price: format.money(gross), unit: values.unit.trim() })}
      </Text>
    </Input.Wrapper>
  );
}
