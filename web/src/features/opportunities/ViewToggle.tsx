import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** Switches between list and board; the query string (filters) goes along, so both show the same deals. */
export function ViewToggle({ current }: { current: 'list' | 'board' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <SegmentedControl
      aria-label={t('opportunities.view.label')}
      value={current}
      onChange={(value) =>
        navigate(`${value === 'board' ? '/opportunities/board' : '/opportunities'}${search}`)
      }
      data={[
        { value: 'list', label: t('opportunities.view.list') },
        { value: 'board', label: t('opportunities.view.board') },
      ]}
    />
  );
}
