/**
 * Injected on demand (scripting under activeTab). It only extracts: it defines a
 * global the background calls in a second injection, and returns the result by value.
 */
declare global {
  interface Window {
    __quireExtract?: () => unknown;
  }
}

window.__quireExtract = () => ({ ok: false, reason: 'error', message: 'Extraction is not available yet.' });

export {};
