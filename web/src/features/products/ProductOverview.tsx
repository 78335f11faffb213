import { PRODUCT, type Product } from '@kontor/domain/products';
import { Anchor, List, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { usePermission } from '../../ui/session';
import { dash, useFact } from '../../ui/useFact';
import { grossCents } from './productForm';

/** The overview tab of a product: basics, price and tax, suppliers, description and the record's dates. */
export function ProductOverview({
  product,
  categoryPath,
}: {
  product: Product;
  categoryPath: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const fact = useFact(PRODUCT, product);
  const canReadOrganizations = usePermission('organizations.read');
  const gross = grossCents(product.listPriceCents, product.taxRate);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('products.sections.basics')}>
        <FactList
          facts={[
            fact('sku'),
            fact('type'),
            fact('categoryName', categoryPath ?? dash),
            fact('unit'),
            fact('active', product.active ? t('products.yes') : t('products.no')),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('products.sections.price')}>
        <FactList
          facts={[
            {
              label: t('products.listPriceNet'),
              value:
                product.listPriceCents === null
                  ? t('products.noPrice')
                  : t('products.pricePerUnit', {
                      price: format.money(product.listPriceCents, product.currency),
                      unit: product.unit,
                    }),
            },
            { label: t('products.taxRate'), value: `${format.number(product.taxRate)}\u00a0%` },
            {
              label: t('products.grossPrice'),
              value: gross === null ? dash : format.money(gross, product.currency),
            },
          ]}
        />
      </InfoCard>
      <InfoCard title={t('products.sections.suppliers')}>
        {product.suppliers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('products.noSuppliers')}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {product.suppliers.map((supplier) => (
              <List.Item key={supplier.id}>
                {canReadOrganizations ? (
                  <Anchor component={Link} to={`/organizations/${encodeURIComponent(supplier.id)}`} size="sm">
                    {supplier.name}
                  </Anchor>
                ) : (
                  supplier.name
                )}
              </List.Item>
            ))}
          </List>
        )}
      </InfoCard>
      <InfoCard title={t('products.sections.description')}>
        {product.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {product.description}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('products.noDescription')}
          </Text>
        )}
      </InfoCard>
      <InfoCard title={t('products.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}
