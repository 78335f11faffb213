import { TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/**
 * Street, house number, postal code, city and country of one address of a form, under `path`
 * (e.g. `addresses.0`); `autoComplete` lets the browser fill them from the user's own address.
 */
export function AddressFields({
  path,
  inputProps,
  autoComplete = false,
}: {
  path: string;
  inputProps: (path: string) => GetInputPropsReturnType;
  autoComplete?: boolean;
}) {
  const { t } = useTranslation();
  const complete = (value: string) => (autoComplete ? value : undefined);
  return (
    <>
      <TextInput
        label={t('address.street')}
        autoComplete={complete('address-line1')}
        {...inputProps(`${path}.street`)}
      />
      <TextInput label={t('address.houseNumber')} {...inputProps(`${path}.houseNumber`)} />
      <TextInput
        label={t('address.postalCode')}
        autoComplete={complete('postal-code')}
        {...inputProps(`${path}.postalCode`)}
      />
      <TextInput
        label={t('address.city')}
        autoComplete={complete('address-level2')}
        {...inputProps(`${path}.city`)}
      />
      <TextInput
        label={t('address.countryCode')}
        description={t('address.countryCodeHint')}
        maxLength={2}
        autoComplete={complete('country')}
        {...inputProps(`${path}.countryCode`)}
      />
    </>
  );
}
