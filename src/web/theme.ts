import {
  createTheme,
  darken,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * The one Mantine theme of Debrief: calm and warm. A soft sage-teal primary,
 * warm greys, generous radius and spacing, the system font stack (nothing is
 * loaded from the network). Shades were chosen for WCAG AA contrast:
 * white on sage.7 is 5.5:1, gray.6 (dimmed, light) on white 5.8:1,
 * dark.2 (dimmed, dark) on the dark body 6.2:1.
 */
const sage: MantineColorsTuple = [
  '#eef6f3', '#dcebe5', '#b7d8cc', '#8fc2b1', '#6aae98',
  '#4f9b83', '#3f8a73', '#2f7563', '#256455', '#1a5246',
];

const gray: MantineColorsTuple = [
  '#f8f7f4', '#f0eee9', '#e4e1da', '#d3cfc6', '#b3ada2',
  '#8f897e', '#6b655b', '#55504a', '#3d3934', '#26231f',
];

const dark: MantineColorsTuple = [
  '#dedad3', '#c2bdb4', '#a8a398', '#77726a', '#524e48',
  '#3d3a36', '#2f2d2a', '#252321', '#1d1c1a', '#151413',
];

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'sage',
  primaryShade: { light: 7, dark: 7 },
  colors: { sage, gray, dark },
  black: '#26231f',
  white: '#ffffff',
  fontFamily: systemFonts,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  defaultRadius: 'md',
  radius: { xs: '4px', sm: '6px', md: '10px', lg: '14px', xl: '20px' },
  cursorType: 'pointer',
  // People who ask their system for less motion get no sliding drawers or fading toasts.
  respectReducedMotion: true,
  focusRing: 'auto',
  autoContrast: true,
  luminanceThreshold: 0.35,
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'lg', withBorder: true } },
    Paper: { defaultProps: { radius: 'lg' } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    // Every toast's close button gets a name screen readers can announce.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } },
  },
});

/**
 * Text on light-variant badges and alerts: the darkest shade in light mode and a
 * pale shade in dark mode, so every badge reads at AA contrast on both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-body': '#fbfaf7',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors in red.9 read at 5.5:1 on white (Mantine's default red.6 is 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  };
  const darkVars: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-2)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-2)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    // Mantine's bright palettes (orange, yellow, green…) need a darker ink than shade 9 on a pale tint.
    const ink = name === 'gray' || name === 'dark' || name === 'sage' ? shades[9] : darken(shades[9], 0.3);
    light[`--mantine-color-${name}-light-color`] = ink;
    light[`--mantine-color-${name}-outline`] = ink;
    darkVars[`--mantine-color-${name}-light-color`] = `var(--mantine-color-${name}-2)`;
    darkVars[`--mantine-color-${name}-outline`] = `var(--mantine-color-${name}-3)`;
  }
  return { variables: {}, light, dark: darkVars };
};
