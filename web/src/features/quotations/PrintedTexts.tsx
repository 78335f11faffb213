import { formatAddressBlock } from '@kontor/domain/address-block';
import type { AddressBlock } from '@kontor/domain/sales-documents';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoCard } from '../../ui/DetailParts';

/** A document's printed addresses and texts (intro, terms, payment terms), as they went out. */
export function PrintedTexts({
  billingAddress,
  shippingAddress,
  introText,
  terms,
  paymentTerms,
}: {
  billingAddress: AddressBlock | null;
  shippingAddress: AddressBlock | null;
  introText: string | null;
  terms: string | null;
  paymentTerms: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const address = (block: AddressBlock | null) =>
    block ? formatAddressBlock(block, { language, senderCountry: 'DE' }) : [];
  const texts = [
    { label: t('salesDocuments.introText'), text: introText },
    { label: t('salesDocuments.terms'), text: terms },
    { label: t('salesDocuments.paymentTerms'), text: paymentTerms },
  ].filter((entry) => entry.text);

  return (
    <InfoCard title={t('salesDocuments.sections.printed')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Lines label={t('salesDocuments.billingAddress')} lines={address(billingAddress)} />
          <Lines
            label={t('salesDocuments.shippingAddress')}
            lines={shippingAddress ? address(shippingAddress) : [t('salesDocuments.sameAsBilling')]}
          />
        </SimpleGrid>
        {texts.map((entry) => (
          <Stack gap={2} key={entry.label}>
            <Text size="xs" c="dimmed" fw={600}>
              {entry.label}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {entry.text}
            </Text>
          </Stack>
        ))}
      </Stack>
    </InfoCard>
  );
}

function Lines({ label, lines }: { label: string; lines: string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('salesDocuments.noAddress')}
        </Text>
      ) : (
        lines.map((line) => (
          <Text size="sm" key={line}>
            {line}
          </Text>
        ))
      )}
    </Stack>
  );
}
