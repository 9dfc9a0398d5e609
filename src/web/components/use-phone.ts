import { useMediaQuery } from '@mantine/hooks';

/**
 * Below Mantine's `sm` breakpoint (48em): where the navigation becomes a burger menu,
 * tables become cards and dialogs fill the screen. Read at once, not after a first render,
 * so a phone never flashes the desktop layout.
 */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
