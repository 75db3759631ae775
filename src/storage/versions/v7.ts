/**
 * Version 7: images saved with their articles. `images` holds each picture once, keyed by
 * the SHA-256 of its bytes; `imageRefs` says which article shows it under which address, so
 * one image shared by several articles is stored once and goes with the last of them. New
 * tables, so no row changes. Shipped, so frozen: never edit it.
 */
export const V7_STORES = {
  images: 'hash',
  imageRefs: '[id+url], id, hash',
};
