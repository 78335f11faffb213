import { useTranslation } from 'react-i18next';

type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * Why an action is not offered now, in the user's language: the action's own text for the
 * refusal if it has one (editing an open quotation: "make a new version"), else the refusal's.
 */
export function useRefusalText(scope: 'quotations' | 'salesOrders') {
  const { t } = useTranslation();
  return (action: string, verdict: Verdict | undefined): string => {
    if (!verdict) return t(`${scope}.refusals.unknown`);
    if (verdict.ok) return '';
    return t([
      `${scope}.refusals.${action}.${verdict.reason}`,
      `${scope}.refusals.${verdict.reason}`,
      `${scope}.refusals.unknown`,
    ]);
  };
}
