import { type AddressBlockInput, formatAddressBlock } from '@kontor/domain/address-block';
import type { Address } from '@kontor/domain/addresses';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A postal address as a few lines under its type ("Rechnungsadresse"). */
export function AddressBlock({ address }: { address: Address }) {
  const { t } = useTranslation();
  const lines = [
    [address.street, address.houseNumber].filter(Boolean).join(' '),
    address.addressLine2,
    address.poBox && `${t('address.poBox')} ${address.poBox}`,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.countryCode !== 'DE' ? address.countryCode : null,
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {t(`address.types.${address.type}`)}
      </Text>
      <Text component="address" size="sm" style={{ fontStyle: 'normal' }}>
        {lines.map((line) => (
          <span key={line} style={{ display: 'block' }}>
            {line}
          </span>
        ))}
      </Text>
    </Stack>
  );
}

/** The recipient lines as a letter prints them (DIN 5008 address field), for a quick check. */
export function AddressFieldPreview({ input }: { input: AddressBlockInput }) {
  const { t, i18n } = useTranslation();
  const lines = formatAddressBlock(input, { language: i18n.language === 'en' ? 'en' : 'de' });
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" fw={600} id="address-field-preview">
        {t('address.din5008')}
      </Text>
      <Paper
        withBorder
        p="sm"
        radius="sm"
        maw={340}
        component="figure"
        m={0}
        aria-labelledby="address-field-preview"
      >
        {lines.map((line, index) => (
          // Lines may repeat (e.g. a person named like the company); their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed, never reordered lines
          <Text key={index} size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
            {line}
          </Text>
        ))}
      </Paper>
    </Stack>
  );
}
