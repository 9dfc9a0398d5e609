import { Button } from '@mantine/core';
import type { Locale } from '../../contracts/roles';
import { useMe, useUpdateMe } from '../api/session';
import { currentLocale, setLocale } from '../i18n/i18n';
import { GlobeIcon } from './icons';

/** Each language named in itself, so a person finds their own whatever the page shows. */
const ownNames: Record<Locale, string> = { da: 'Dansk', en: 'English' };
const other: Record<Locale, Locale> = { da: 'en', en: 'da' };

/**
 * Offers the other language, named in that language. Switches at once; signed in, the
 * choice is also saved to the account so it follows the person to other devices.
 * (A plain button rather than a menu: with two languages it is one click, and it keeps
 * the sign-in page's download small.)
 */
export function LanguageSwitch() {
  const me = useMe();
  const updateMe = useUpdateMe();
  const target = other[currentLocale()];

  const choose = async () => {
    await setLocale(target);
    if (me.data) {
      updateMe.mutate(
        { locale: target },
        {
          onError: async (error) => {
            const { notifyError } = await import('./notify');
            notifyError(error);
          },
        },
      );
    }
  };

  return (
    <Button
      variant="subtle"
      color="gray"
      size="compact-md"
      leftSection={<GlobeIcon />}
      lang={target}
      onClick={() => void choose()}
    >
      {ownNames[target]}
    </Button>
  );
}
