/**
 * Whether a page may show an image address: the extension pages load no image from the web
 * (their CSP allows only 'self', data: and blob:), so a page's favicon or lead image given as
 * a web address is left out, never requested.
 */
export function isLocalImage(src: string | null | undefined): src is string {
  return !!src && /^(data:image\/|blob:)/i.test(src);
}
