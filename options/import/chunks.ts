/**
 * Splits items into runtime messages. Chrome serializes a message as JSON and refuses
 * one over 64 MiB; a chunk is kept to a budget of JSON characters well under that even
 * when every character takes three bytes in UTF-8.
 */
export const CHUNK_CHARS = 8 * 1024 * 1024;
/** Also bounded by count, so the progress bar moves on imports without bodies. */
export const CHUNK_ITEMS = 2500;

export function chunkBySize<T>(items: readonly T[], maxChars = CHUNK_CHARS, maxItems = CHUNK_ITEMS): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = JSON.stringify(item).length + 1;
    if (current.length > 0 && (size + itemSize > maxChars || current.length >= maxItems)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
