import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { PRODUCT, type Product } from '@kontor/domain/products';
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFormat } from '../../ui/fieldFormat';
import { useFormat } from '../../ui/format';
import { RecordHeader } from '../../ui/RecordHeader';

/** The name, type, state and key facts atop a product's page, with the page's actions. */
export function ProductHeader({
  product,
  categoryPath,
  children,
}: {
  product: Product;
  categoryPath: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldFormat = useFieldFormat();
  const facts = [
    categoryPath,
    product.listPriceCents !== null &&
      t('products.pricePerUnit', {
        price: format.money(product.listPriceCents, product.currency),
        unit: product.unit,
      }),
    t('products.taxRateFact', { rate: format.number(product.taxRate) }),
  ];

  return (
    <RecordHeader
      title={product.name}
      facts={facts}
      badges={
        <>
          <Badge variant="light">
            {fieldFormat.optionLabel(fieldOf(PRODUCT, 'type') as FieldDef, product.type)}
          </Badge>
          <Badge variant="light" color={product.active ? 'teal' : 'gray'}>
            {product.active ? t('products.active') : t('products.inactive')}
          </Badge>
          {product.sku && (
            <Badge variant="outline" color="gray" tt="none">
              {t('products.skuBadge', { sku: product.sku })}
            </Badge>
          )}
        </>
      }
    >
      {children}
    </RecordHeader>
  );
}
