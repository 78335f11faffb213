import { NumberInput, type NumberInputProps, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Euros with two decimals in the user's notation; the form converts to cents when sending. */
export function MoneyInput(props: NumberInputProps) {
  const { i18n } = useTranslation();
  const german = i18n.language !== 'en';
  return (
    <NumberInput
      {...props}
      min={0}
      decimalScale={2}
      allowNegative={false}
      thousandSeparator={german ? '.' : ','}
      decimalSeparator={german ? ',' : '.'}
      rightSection={
        <Text size="sm" c="dimmed" aria-hidden>
          €
        </Text>
      }
    />
  );
}
