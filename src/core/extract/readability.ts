/** Running Readability on our prepared clone; its content comes back as a DOM element, not a string. */
import { Readability } from '@mozilla/readability';
import type { ReadabilityMeta } from './metadata';

export interface ReadabilityOutput extends ReadabilityMeta {
  content: Element;
}

export function runReadability(clone: Document): ReadabilityOutput | null {
  const result = new Readability<Element>(clone, {
    charThreshold: 500,
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!result?.content) return null;
  return { ...result, content: result.content };
}
