import type { Generated } from 'kysely';

// The tables of the product catalogue (M6) and of campaigns (M8).

/** A product category; categories form a tree through parent_id. */
export interface ProductCategoriesTable {
  id: string;
  name: string;
  name_key: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface ProductsTable {
  id: string;
  name: string;
  name_key: string;
  /** Unique when set (a partial unique index). */
  sku: string | null;
  type: string;
  category_id: string | null;
  unit: string;
  /** Integer cents (bigint on PostgreSQL: read with Number). */
  list_price_cents: number | string | null;
  currency: string;
  tax_rate: number;
  active: number;
  description: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

/** Which organisations supply a product. */
export interface ProductSuppliersTable {
  product_id: string;
  organization_id: string;
}

export interface CampaignsTable {
  id: string;
  name: string;
  name_key: string;
  channel: string;
  /** YYYY-MM-DD. */
  starts_on: string | null;
  ends_on: string | null;
  budget_cents: number | string | null;
  actual_cost_cents: number | string | null;
  currency: string;
  owner_id: string | null;
  active: number;
  description: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}
