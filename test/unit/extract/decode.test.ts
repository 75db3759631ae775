import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../../src/core/extract/decode';

const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decoding saved page bytes as a browser does', () => {
  it('follows a byte order mark first, whatever the page declares', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>Straße</p>')]);
    expect(decodeHtmlBytes(utf8)).toBe('<meta charset="iso-8859-1"><p>Straße</p>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>日本</p>', 'utf16le')]);
    expect(decodeHtmlBytes(utf16)).toBe('<p>日本</p>');
  });

  it('then the meta charset or http-equiv declaration', () => {
    expect(decodeHtmlBytes(latin1('<meta charset="iso-8859-1"><p>Straße</p>'))).toContain('Straße');
    expect(decodeHtmlBytes(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf\u00e9 \u0080</p>'))).toContain('café €');
    const sjis = Uint8Array.from([...Buffer.from('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</p>')]);
    expect(decodeHtmlBytes(sjis)).toContain('日本');
  });

  it('then sniffs: valid UTF-8 stays UTF-8, anything else is windows-1252', () => {
    expect(decodeHtmlBytes(Buffer.from('<p>Größe</p>'))).toBe('<p>Größe</p>');
    expect(decodeHtmlBytes(latin1('<p>Gr\u00f6\u00dfe</p>'))).toBe('<p>Größe</p>');
  });
});
