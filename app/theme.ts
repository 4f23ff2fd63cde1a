import { createTheme, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

/** Browser tests (navigator.webdriver) get no animation at all. */
export const noMotion = typeof navigator !== 'undefined' && navigator.webdriver === true;

const instant = { transitionProps: { duration: 0 } };

export const theme: MantineThemeOverride = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above 4.5:1.
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'Roboto, "Noto Sans", "Segoe UI", "Liberation Sans", Arial, sans-serif',
  headings: { fontFamily: 'Roboto, "Noto Sans", "Segoe UI", "Liberation Sans", Arial, sans-serif' },
  respectReducedMotion: true,
  cursorType: 'pointer',
  focusRing: 'auto',
  defaultRadius: 'sm',
  components: noMotion
    ? {
        Modal: { defaultProps: instant },
        Drawer: { defaultProps: instant },
        Menu: { defaultProps: instant },
        Popover: { defaultProps: instant },
        Tooltip: { defaultProps: instant },
        Combobox: { defaultProps: instant },
        Collapse: { defaultProps: { transitionDuration: 0 } },
      }
    : {},
});

/** Dimmed and error text darker than Mantine's defaults so they meet WCAG AA contrast (4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
