import { render, type ComponentChild } from 'preact';
import { t } from '../platform/browser';
import { languageDirection, normalizeLang } from '../core/direction';
import './theme.css';

/**
 * <html lang dir> of the translation the strings come from (not the browser's language,
 * which may have no translation and show English), set before anything renders, so a
 * right-to-left page never paints left to right first.
 */
function applyLocale(): void {
  const lang = normalizeLang(t('localeTag')) ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = languageDirection(lang) ?? 'ltr';
}

/** Render a page's root component into #app, in the UI's language and direction, and title the document from _locales. */
export function mount(root: ComponentChild, title: string): void {
  applyLocale();
  document.title = title;
  const app = document.getElementById('app');
  if (!app) throw new Error('Page is missing #app');
  render(root, app);
}
