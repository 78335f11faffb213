import {
  type CSSVariablesResolver,
  createTheme,
  type MantineThemeOverride,
  Modal,
  MultiSelect,
  Notification,
  PasswordInput,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** Kontor's theme; it carries translated labels for the icon-only buttons Mantine renders itself. */
export function createKontorTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    primaryColor: 'blue',
    // Shade 8 keeps white button text above WCAG AA contrast in both schemes.
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    focusRing: 'auto',
    respectReducedMotion: true,
    fontFamily:
      'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '650' },
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } },
      }),
      MultiSelect: MultiSelect.extend({
        defaultProps: { clearButtonProps: { 'aria-label': t('common.clear') } },
      }),
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
      }),
    },
  });
}

/**
 * Contrast fixes for WCAG AA (axe runs on every page): dimmed and error text, and in light mode
 * the paler shades 0 and 1 (hovered) behind "light" badges, alerts and navigation entries so their
 * text stays readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    ...Object.fromEntries(
      Object.keys(theme.colors).flatMap((color) => [
        [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
        // Hovered (e.g. the active navigation entry under the pointer): shade 1 keeps AA too.
        [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-5)',
  },
});
