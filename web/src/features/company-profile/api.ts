import { type CompanyProfileInput, companyProfileSchema } from '@kontor/domain/company-profile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';

const API = '/api/company-profile';
export const companyProfileKey = ['company-profile'] as const;

/** The company details (letterhead) and the defaults of new quotations. */
export function useCompanyProfile() {
  return useQuery({
    queryKey: companyProfileKey,
    queryFn: () => apiRequest(API, { schema: companyProfileSchema }),
  });
}

/** Replaces the whole profile; the server answers 409 when `version` is no longer the latest. */
export function useSaveCompanyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyProfileInput) =>
      apiRequest(API, { method: 'PUT', body: input, schema: companyProfileSchema }),
    onSuccess: (saved) => queryClient.setQueryData(companyProfileKey, saved),
  });
}
