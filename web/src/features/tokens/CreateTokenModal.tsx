import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/FormActions';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import { showSubmitError } from '../../ui/problems';
import { useValidators } from '../../ui/validators';
import { useCreateToken } from './api';

interface CreateTokenModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Creates a token, then shows its secret exactly once. */
export function CreateTokenModal({ opened, onClose }: CreateTokenModalProps) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    setSecret(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? t('tokens.createdTitle') : t('tokens.createTitle')}
      size="lg"
    >
      {secret ? (
        <TokenSecret secret={secret} onDone={close} />
      ) : (
        <CreateTokenForm onCancel={close} onCreated={setSecret} />
      )}
    </Modal>
  );
}

function todayIsoDate(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function CreateTokenForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t } = useTranslation();
  const validators = useValidators();
  const createToken = useCreateToken();
  const form = useForm({
    initialValues: { name: '', expiresAt: '' },
    validate: {
      name: validators.required,
      expiresAt: (value) => (value === '' || value >= todayIsoDate() ? null : t('tokens.expiryInPast')),
    },
  });

  const submit = form.onSubmit(({ name, expiresAt }) =>
    createToken.mutate(
      // The token stays valid through the whole chosen day, in the user's time zone.
      { name, expiresAt: expiresAt ? new Date(`${expiresAt}T23:59:59`).toISOString() : undefined },
      {
        onError: (error) => showSubmitError(error, form, t),
        onSuccess: (created) => onCreated(created.token),
      },
    ),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('fields.name')}
          description={t('tokens.nameHint')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('tokens.expiresAt')}
          description={t('tokens.expiresHint')}
          type="date"
          min={todayIsoDate()}
          {...form.getInputProps('expiresAt')}
        />
        <FormActions submitLabel={t('tokens.create')} pending={createToken.isPending} onCancel={onCancel} />
      </Stack>
    </HotkeyForm>
  );
}

function TokenSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const alert = {
    color: 'red',
    icon: <IconAlertTriangle aria-hidden />,
    title: t('tokens.onceTitle'),
    text: t('tokens.onceText'),
  };
  return <OneTimeSecret alert={alert} label={t('tokens.secret')} value={secret} onDone={onDone} />;
}
