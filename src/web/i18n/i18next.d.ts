import 'i18next';
import type da from './da.json';

// Typed keys: a missing or misspelt key fails `tsc`, not the person reading the page.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof da };
    returnNull: false;
  }
}
