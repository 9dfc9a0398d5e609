import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep teal: calm, and dark enough at shade 7 for white text (5.5:1) and links on white. */
const mentorTeal: MantineColorsTuple = [
  '#f0fdfa',
  '#ccfbf1',
  '#99f6e4',
  '#5eead4',
  '#2dd4bf',
  '#14b8a6',
  '#0d9488',
  '#0f766e',
  '#115e59',
  '#134e4a',
];

/** Labels Mantine would otherwise give in English, for its own close and reveal buttons. */
/**
 * Orange marks drafts and pending invitations. Mantine's own orange puts #d9480f on #ffe8cc
 * in light badges (3.6:1); this one's darkest shade gives 8:1 on its lightest.
 */
const orange: MantineColorsTuple = [
  '#fff7ed',
  '#ffedd5',
  '#fed7aa',
  '#fdba74',
  '#fb923c',
  '#f97316',
  '#ea580c',
  '#c2410c',
  '#9a3412',
  '#7c2d12',
];

export interface ThemeLabels {
  close: string;
  togglePassword: string;
}

export const createAppTheme = (labels: ThemeLabels) =>
  createTheme({
    // People who ask their system for less motion get no fades or slides.
    respectReducedMotion: true,
    primaryColor: 'mentorTeal',
    primaryShade: 7,
    colors: { mentorTeal, orange },
    defaultRadius: 'md',
    focusRing: 'auto',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    headings: { fontWeight: '650' },
    components: {
      // Badges are short labels: never cut them to "Offentliggj…" in a narrow column.
      Badge: {
        styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } },
      },
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } },
      },
    },
  });

/**
 * Mantine's dimmed grey (3.3:1 on white) and its error red (#fa5252, 3.3:1) are below WCAG AA
 * for small text; these are 6.6:1 and 5.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555e67', '--mantine-color-error': '#c92a2a' },
  dark: {},
});
