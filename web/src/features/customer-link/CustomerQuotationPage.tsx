import type { PublicQuotation } from '@kontor/domain/customer-links';
import { languageSchema } from '@kontor/domain/users';
import { Alert, Box, Button, Card, Center, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { applyLanguage } from '../../i18n';
import { ApiError } from '../../ui/api';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { ErrorState, FullPageLoader } from '../../ui/states';
import { publicPdfUrl, useAcceptQuotation, usePublicQuotation } from './api';
import { QuotationDocument } from './QuotationDocument';

/** The page a customer reaches through a quotation's link: no login, the company's letterhead. */
export function CustomerQuotationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const page = usePublicQuotation(token);

  if (page.isPending) return <FullPageLoader />;
  if (page.isError) {
    const invalid = page.error instanceof ApiError && page.error.status === 404;
    return (
      <Frame company={null}>
        {invalid ? (
          <EmptyPanel
            icon={<IconLinkOff aria-hidden />}
            title={t('customerLink.invalidTitle')}
            description={t('customerLink.invalidText')}
          />
        ) : (
          <ErrorState error={page.error} onRetry={() => page.refetch()} />
        )}
      </Frame>
    );
  }
  return (
    <Frame company={page.data.company}>
      <Card withBorder shadow="sm" radius="md" padding="xl">
        <Stack gap="lg">
          <StateBanner quotation={page.data} />
          <QuotationDocument quotation={page.data} />
          <Group justify="flex-end">
            <Button
              component="a"
              href={publicPdfUrl(token)}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('customerLink.downloadPdf')}
            </Button>
            {page.data.state === 'open' && <AcceptButton token={token} quotation={page.data} />}
          </Group>
        </Stack>
      </Card>
    </Frame>
  );
}

function StateBanner({ quotation }: { quotation: PublicQuotation }) {
  const { t } = useTranslation();
  if (quotation.state === 'accepted') {
    return (
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('customerLink.acceptedTitle')}>
        {t('customerLink.acceptedText', { order: quotation.orderNumber ?? '' })}
      </Alert>
    );
  }
  if (quotation.state === 'expired') {
    return (
      <Alert color="yellow" title={t('customerLink.expiredTitle')}>
        {t('customerLink.expiredText')}
      </Alert>
    );
  }
  if (quotation.state === 'closed') {
    return (
      <Alert color="gray" title={t('customerLink.closedTitle')}>
        {t('customerLink.closedText')}
      </Alert>
    );
  }
  return null;
}

function AcceptButton({ token, quotation }: { token: string; quotation: PublicQuotation }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const accept = useAcceptQuotation(token);
  return (
    <>
      <Button color="green.9" onClick={() => setAsking(true)}>
        {t('customerLink.accept')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('customerLink.confirmTitle')} centered>
        <Stack>
          <Text size="sm">
            {t('customerLink.confirmText', { number: quotation.number, company: quotation.company.name })}
          </Text>
          {accept.isError && (
            <Alert color="red" title={t('customerLink.acceptFailed')}>
              {accept.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="green.9"
              loading={accept.isPending}
              onClick={() => accept.mutate(undefined, { onSuccess: () => setAsking(false) })}
            >
              {t('customerLink.acceptBinding')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Letterhead, language switch and the company's contact data, around the quotation. */
function Frame({
  company,
  children,
}: {
  company: PublicQuotation['company'] | null;
  children: React.ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <Center p="md" className="kontor-public-bg" mih="100vh" style={{ alignItems: 'flex-start' }}>
      <Box w="100%" maw={960} component="main" id="main">
        <Group justify="space-between" align="flex-start" mb="lg">
          <Stack gap={0}>
            {company && (
              <>
                <Title order={1} size="h2">
                  {company.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {company.addressLines.join(' · ')}
                </Text>
              </>
            )}
          </Stack>
          <LanguageSwitch value={languageSchema.catch('de').parse(i18n.language)} onChange={applyLanguage} />
        </Group>
        {children}
        {company && (
          <Text ta="center" size="xs" c="dimmed" mt="md">
            {[company.phone, company.email, company.website].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Box>
    </Center>
  );
}
