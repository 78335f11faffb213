import {
  createProductCategorySchema,
  createProductSchema,
  PRODUCT,
  productCategorySchema,
  productSchema,
  updateProductCategorySchema,
  updateProductSchema,
} from '@kontor/domain/products';
import { z } from 'zod';
import { type Api, principalOf } from '../../platform/http/types.js';
import { registerPlainRecordRoutes } from '../../platform/records/plain-record-routes.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { ProductService } from './service.js';

export function productRoutes(app: Api, products: ProductService): void {
  registerPlainRecordRoutes(app, {
    path: 'products',
    record: PRODUCT,
    permissions: { read: 'products.read', write: 'products.write', delete: 'products.delete' },
    schemas: { item: productSchema, create: createProductSchema, update: updateProductSchema },
    service: products,
    bulkSummary: 'Delete up to 1,000 products, all or nothing',
    // The list field is money in the filter language; the record carries it in cents.
    exportValue: (product, field) =>
      field.key === 'listPrice' ? product.listPriceCents : product[field.key as keyof typeof product],
  });

  const tags = ['product-categories'];
  app.get(
    '/api/product-categories',
    {
      config: { access: 'products.read' },
      schema: {
        tags,
        summary: 'All product categories as a flat list with parentId, by name',
        response: { 200: z.object({ items: z.array(productCategorySchema) }) },
      },
    },
    async () => ({ items: await products.categories() }),
  );

  app.post(
    '/api/product-categories',
    {
      config: { access: 'products.write' },
      schema: { tags, body: createProductCategorySchema, response: { 201: productCategorySchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await products.createCategory(principalOf(request), request.body)),
  );

  app.patch(
    '/api/product-categories/:id',
    {
      config: { access: 'products.write' },
      schema: {
        tags,
        summary: 'Rename or move a category; send the version you read (409 when stale or a cycle)',
        params: idParams,
        body: updateProductCategorySchema,
        response: { 200: productCategorySchema },
      },
    },
    (request) => products.updateCategory(request.params.id, request.body),
  );

  app.delete(
    '/api/product-categories/:id',
    {
      config: { access: 'products.delete' },
      schema: {
        tags,
        summary: 'Delete an unused category (409 while products or subcategories use it)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await products.deleteCategory(request.params.id);
      return reply.code(204).send();
    },
  );
}
