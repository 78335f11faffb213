import { problemTypeOf } from '@kontor/domain/problem';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { ApiError } from './api';

interface FieldErrorTarget {
  setFieldError: (path: string, message: string) => void;
  values: object;
}

/** A problem's headline and explanation in the user's language where Kontor knows the case. */
export function describeError(error: unknown, t: TFunction): { title: string; detail?: string } {
  if (!(error instanceof ApiError)) return { title: t('errors.generic') };
  if (error.status === 0) return { title: t('errors.network'), detail: t('errors.networkDetail') };
  if (isStaleVersion(error)) return { title: t('errors.conflict'), detail: t('errors.conflictDetail') };
  return { title: error.problem.title, detail: error.problem.detail };
}

/**
 * Shows a failed submit at the fields the server named; anything it cannot place on a field
 * becomes a notification, so no error goes unseen.
 */
export function showSubmitError(
  error: unknown,
  form: FieldErrorTarget,
  t: TFunction,
  /** Where a server path lives in the form when the names differ (e.g. cents sent, euros typed). */
  formPathOf: (path: string) => string = (path) => path,
): void {
  const fieldErrors = (error instanceof ApiError ? (error.problem.errors ?? []) : []).map((fieldError) => ({
    ...fieldError,
    path: formPathOf(fieldError.path),
  }));
  const unplaced = fieldErrors.filter((fieldError) => !hasPath(form.values, fieldError.path));
  for (const fieldError of fieldErrors) {
    if (hasPath(form.values, fieldError.path)) form.setFieldError(fieldError.path, fieldError.message);
  }
  if (fieldErrors.length === 0 || unplaced.length > 0) {
    notifyError(
      error,
      t,
      unplaced.map((fieldError) => fieldError.message),
    );
  }
}

/** True when a dotted path such as `addresses.0.countryCode` names a field of the form's values. */
function hasPath(values: object, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/** Reports a failed action that has no form to show it in. */
export function notifyError(error: unknown, t: TFunction, extra: string[] = []): void {
  const { title, detail } = describeError(error, t);
  const message = [detail, ...extra].filter(Boolean).join(' ');
  notifications.show({ color: 'red', title, message: message || title });
}

/** The problem type the server sends when an update carried an outdated `version`. */
const STALE_VERSION_TYPE = problemTypeOf('stale-version');

/** True when someone else saved the record first; other 409s (e.g. e-mail taken) are ordinary errors. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem.type === STALE_VERSION_TYPE;
}
