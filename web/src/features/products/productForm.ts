import { MAX_LIST_PRICE_CENTS, type Product, type ProductType } from '@kontor/domain/products';
import { documentTotals, TAX_RATES, type TaxRate } from '@kontor/domain/sales-totals';
import { centsToEuros, eurosToCents } from '../../ui/money';
import type { CreateProductInput } from './api';

export interface ProductFormValues {
  name: string;
  sku: string;
  type: ProductType;
  categoryId: string | null;
  unit: string;
  /** In euros as typed (the money input gives a number, or '' when empty); sent as integer cents. */
  listPrice: number | string;
  /** '19', '7' or '0': the select's values are text. */
  taxRate: string;
  supplierIds: string[];
  active: boolean;
  description: string;
}

/** The unit a new product starts with, as the API's default. */
export const DEFAULT_UNIT = 'Stk';

export function initialProductValues(product?: Product): ProductFormValues {
  return {
    name: product?.name ?? '',
    sku: product?.sku ?? '',
    type: product?.type ?? 'stockable',
    categoryId: product?.categoryId ?? null,
    unit: product?.unit ?? DEFAULT_UNIT,
    listPrice: centsToEuros(product?.listPriceCents),
    taxRate: String(product?.taxRate ?? 19),
    supplierIds: product?.suppliers.map((supplier) => supplier.id) ?? [],
    active: product?.active ?? true,
    description: product?.description ?? '',
  };
}

/** Server paths that name a field the form shows under another name. */
export function productFormPath(path: string): string {
  return path === 'listPriceCents' ? 'listPrice' : path;
}

export type ProductFormErrors = Partial<Record<keyof ProductFormValues, string>>;

/**
 * What is wrong with the values, as i18n keys by field; the same limits the server checks, so
 * the user hears of them at the field before sending.
 */
export function productFormErrors(values: ProductFormValues): ProductFormErrors {
  const errors: ProductFormErrors = {};
  if (!values.name.trim()) errors.name = 'validation.required';
  else if (values.name.trim().length > 200) errors.name = 'products.validation.nameTooLong';
  if (values.sku.trim().length > 64) errors.sku = 'products.validation.skuTooLong';
  if (!values.unit.trim()) errors.unit = 'validation.required';
  else if (values.unit.trim().length > 20) errors.unit = 'products.validation.unitTooLong';
  const cents = eurosToCents(values.listPrice);
  if (cents !== null && !(cents >= 0 && cents <= MAX_LIST_PRICE_CENTS))
    errors.listPrice = 'products.validation.listPrice';
  if (!TAX_RATES.includes(Number(values.taxRate) as TaxRate)) errors.taxRate = 'products.validation.taxRate';
  if (values.description.length > 5000) errors.description = 'products.validation.descriptionTooLong';
  return errors;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body the form's values stand for. */
export function toProductPayload(values: ProductFormValues): Required<CreateProductInput> {
  return {
    name: values.name.trim(),
    sku: orNull(values.sku),
    type: values.type,
    categoryId: values.categoryId,
    unit: values.unit.trim(),
    listPriceCents: eurosToCents(values.listPrice),
    taxRate: Number(values.taxRate) as TaxRate,
    supplierIds: values.supplierIds,
    active: values.active,
    description: orNull(values.description),
  };
}

/** The gross price of one unit: net list price plus VAT, rounded commercially as on an invoice. */
export function grossCents(listPriceCents: number | null, taxRate: number): number | null {
  if (listPriceCents === null || !Number.isInteger(listPriceCents) || listPriceCents < 0) return null;
  if (!TAX_RATES.includes(taxRate as TaxRate)) return null;
  return documentTotals([
    {
      quantityMilli: 1000,
      unitPriceCents: listPriceCents,
      discountBasisPoints: 0,
      taxRate: taxRate as TaxRate,
    },
  ]).grossCents;
}
