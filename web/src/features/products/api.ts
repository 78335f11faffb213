import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import {
  type createProductCategorySchema,
  type createProductSchema,
  productCategorySchema,
  productSchema,
  type updateProductCategorySchema,
  type updateProductSchema,
} from '@kontor/domain/products';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export const productsKey = ['products'] as const;
export const PRODUCTS_API = '/api/products';
const CATEGORIES_API = '/api/product-categories';
const productKey = (id: string) => [...productsKey, 'one', id] as const;
const categoriesKey = [...productsKey, 'categories'] as const;

export type CreateProductInput = z.input<typeof createProductSchema>;
export type UpdateProductInput = z.input<typeof updateProductSchema>;
export type CreateCategoryInput = z.input<typeof createProductCategorySchema>;
export type UpdateCategoryInput = z.input<typeof updateProductCategorySchema>;

const listSchema = listResponseSchema(productSchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });
const categoriesSchema = z.object({ items: z.array(productCategorySchema) });

const path = (id: string) => `${PRODUCTS_API}/${encodeURIComponent(id)}`;
const categoryPath = (id: string) => `${CATEGORIES_API}/${encodeURIComponent(id)}`;

/** One page of the product list; the filter texts go to the server as typed. */
export function fetchProductsPage({ filter, sort, limit, cursor }: ListParams) {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`${PRODUCTS_API}?${params}`, { schema: listSchema });
}

export function useProduct(id: string) {
  return useQuery({
    queryKey: productKey(id),
    queryFn: () => apiRequest(path(id), { schema: productSchema }),
  });
}

export function useProductHistory(id: string) {
  return useQuery({
    queryKey: [...productKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
  });
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProductInput) =>
      apiRequest(PRODUCTS_API, { method: 'POST', body: input, schema: productSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(productKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: productsKey });
    },
  });
}

export function useUpdateProduct(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProductInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: productSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(productKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: productsKey });
    },
  });
}

export function useDeleteProduct(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: productKey(id) });
      void queryClient.invalidateQueries({ queryKey: productsKey });
    },
  });
}

/** Every product category, flat with parentId, by name; the tree is built from it on the client. */
export function useProductCategories(enabled = true) {
  return useQuery({
    queryKey: categoriesKey,
    queryFn: async () => (await apiRequest(CATEGORIES_API, { schema: categoriesSchema })).items,
    enabled,
  });
}

/** Creates a category, or renames or moves one (with the version the user saw). */
export function useSaveCategory(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCategoryInput | UpdateCategoryInput) =>
      id
        ? apiRequest(categoryPath(id), { method: 'PATCH', body: input, schema: productCategorySchema })
        : apiRequest(CATEGORIES_API, { method: 'POST', body: input, schema: productCategorySchema }),
    // Products show their category's name: lists and details may change with it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsKey }),
  });
}

export function useDeleteCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(categoryPath(id), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesKey }),
  });
}
