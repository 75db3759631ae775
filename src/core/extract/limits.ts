/**
 * Pages past these limits are refused with reason "too-large" rather than freezing the
 * tab. The largest page of the 990-page evaluation corpus is 1.6 MB with well under
 * 30,000 elements, so the limits leave a wide margin for real articles.
 */
export const MAX_HTML_CHARS = 10_000_000;
export const MAX_ELEMENTS = 150_000;
