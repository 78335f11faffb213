import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/**
 * A record form whose checks live outside React (pure functions returning i18n keys per field,
 * unit-tested on their own); this shows them in the user's language.
 */
export function useCodedForm<Values extends object>(
  values: Values,
  errorsOf: (values: Values) => { [field: string]: string },
): UseFormReturnType<Values> {
  const { t } = useTranslation();
  return useForm<Values>({
    initialValues: values,
    validate: (current) =>
      Object.fromEntries(Object.entries(errorsOf(current)).map(([key, code]) => [key, t(code)])),
  });
}
