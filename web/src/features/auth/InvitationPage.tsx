import { PASSWORD_MIN_LENGTH } from '@kontor/domain/users';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { HotkeyForm } from '../../ui/HotkeyForm';
import { PublicLayout } from '../../ui/PublicLayout';
import { showSubmitError } from '../../ui/problems';
import { ErrorState, FullPageLoader } from '../../ui/states';
import { useValidators } from '../../ui/validators';
import { useAcceptInvitation, useInvitation } from './api';

export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const invitation = useInvitation(token);

  if (invitation.isPending) return <FullPageLoader />;
  if (invitation.isError) {
    const gone = invitation.error instanceof ApiError && [404, 410].includes(invitation.error.status);
    return (
      <PublicLayout title={t('invitation.title')}>
        {gone ? (
          <EmptyPanel
            icon={<IconLinkOff aria-hidden />}
            title={t('invitation.invalidTitle')}
            description={t('invitation.invalidText')}
            action={
              <Button component={Link} to="/login" variant="light">
                {t('invitation.toLogin')}
              </Button>
            }
          />
        ) : (
          <ErrorState error={invitation.error} onRetry={() => invitation.refetch()} />
        )}
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('invitation.title')} intro={t('invitation.intro', { name: invitation.data.name })}>
      <AcceptInvitationForm token={token} email={invitation.data.email} />
    </PublicLayout>
  );
}

function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const validators = useValidators();
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { password: '', passwordConfirmation: '' },
    validate: {
      password: validators.password,
      passwordConfirmation: (value, values) => validators.matches(values.password)(value),
    },
  });
  const submit = form.onSubmit(({ password }) =>
    accept.mutate(password, {
      onError: (error) => showSubmitError(error, form, t),
      onSuccess: () => navigate('/', { replace: true }),
    }),
  );

  return (
    <HotkeyForm onSubmit={submit}>
      <Stack>
        <TextInput label={t('fields.email')} value={email} readOnly autoComplete="username" />
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('fields.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          autoFocus
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('fields.passwordConfirmation')}
          autoComplete="new-password"
          required
          {...form.getInputProps('passwordConfirmation')}
        />
        <Button type="submit" loading={accept.isPending} fullWidth mt="xs">
          {t('invitation.submit')}
        </Button>
      </Stack>
    </HotkeyForm>
  );
}
