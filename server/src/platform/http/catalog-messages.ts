import type { Text } from './messages.js';

/** Problem texts of products, product categories (M6) and campaigns (M8). */
export const CATALOG_DETAILS = {
  'product-not-found': { de: 'Dieses Produkt gibt es nicht.', en: 'This product does not exist.' },
  'product-category-not-found': {
    de: 'Diese Produktkategorie gibt es nicht.',
    en: 'This product category does not exist.',
  },
  'unknown-product-category': {
    de: 'Die gewählte Produktkategorie existiert nicht.',
    en: 'The chosen product category does not exist.',
  },
  'unknown-supplier': {
    de: 'Ein gewählter Lieferant ist keine Organisation, die Sie sehen dürfen.',
    en: 'A chosen supplier is not an organisation you may see.',
  },
  'sku-taken': {
    de: 'Diese Artikelnummer ist bereits vergeben.',
    en: 'This SKU is already in use.',
  },
  'product-category-cycle': {
    de: 'Eine Kategorie kann nicht unter sich selbst oder einer ihrer Unterkategorien stehen.',
    en: 'A category cannot sit below itself or one of its subcategories.',
  },
  'product-category-in-use': {
    de: 'Die Kategorie enthält noch Produkte oder Unterkategorien und kann nicht gelöscht werden.',
    en: 'The category still holds products or subcategories and cannot be deleted.',
  },
  'campaign-not-found': { de: 'Diese Kampagne gibt es nicht.', en: 'This campaign does not exist.' },
  'campaign-ends-before-start': {
    de: 'Das Ende darf nicht vor dem Beginn liegen.',
    en: 'The end must not lie before the start.',
  },
  'bulk-action-unsupported': {
    de: 'Diese Sammelaktion gibt es hier nicht; möglich ist Löschen.',
    en: 'This bulk action is not available here; delete is.',
  },
} satisfies Record<string, Text>;
