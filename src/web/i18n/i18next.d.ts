import 'i18next';
import type { Texts } from './da';

// Typed keys: a missing or misspelt key fails `tsc`, not the person reading the page.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Texts };
    returnNull: false;
  }
}
