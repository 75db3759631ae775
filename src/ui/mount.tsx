import { render, type ComponentChild } from 'preact';
import './theme.css';

/** Render a page's root component into #app, and title the document from _locales. */
export function mount(root: ComponentChild, title: string): void {
  document.title = title;
  const app = document.getElementById('app');
  if (!app) throw new Error('Page is missing #app');
  render(root, app);
}
