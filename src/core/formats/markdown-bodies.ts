/**
 * Many article bodies to Markdown with one HTML parse. Parsing each body on its own costs a
 * new document per article; here a batch is parsed once, each body inside its own <template>,
 * whose contents the HTML parser keeps apart (own insertion modes, a marker that stops
 * formatting elements from carrying over), and turndown converts each template's contents.
 */
import type TurndownService from 'turndown';
import { htmlToMarkdown, markdownService } from './markdown-text';

/** The templates holding each body, or null when a body broke out of its own (then each is parsed alone). */
function parseApart(htmls: readonly string[]): DocumentFragment[] | null {
  const templates = htmls.map((html) => `<template>${html}</template>`).join('');
  const doc = new DOMParser().parseFromString(`<html><body><div>${templates}</div></body></html>`, 'text/html');
  const holder = doc.body.firstElementChild;
  if (!holder || doc.body.childNodes.length !== 1 || holder.childNodes.length !== htmls.length) return null;
  const parsed = Array.from(holder.childNodes);
  if (!parsed.every((node) => node.nodeName === 'TEMPLATE')) return null;
  return parsed.map((node) => (node as HTMLTemplateElement).content);
}

/** A body's DOM from another HTML parser, for a worker, which has no DOMParser. */
export type ParseBody = (html: string) => TurndownService.Node;

/**
 * Each body as Markdown, in order: parsed by `parse` when given, else by the page's DOMParser,
 * and where there is neither (Node), by turndown itself.
 */
export function bodiesToMarkdown(htmls: readonly string[], parse?: ParseBody): string[] {
  const service = markdownService();
  if (parse) return htmls.map((html) => service.turndown(parse(html)));
  const contents = typeof DOMParser === 'undefined' || htmls.length === 0 ? null : parseApart(htmls);
  if (!contents) return htmls.map(htmlToMarkdown);
  return contents.map((content) => service.turndown(content));
}
