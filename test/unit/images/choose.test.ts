import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bestCandidate, imageAddresses } from '../../../src/core/images/choose';
import { isTrackingPixel, pixelSize } from '../../../src/core/images/dimensions';

const gif = (w: number, h: number) => new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, w & 255, w >> 8, h & 255, h >> 8, 0, 0, 0]);

describe('which image a clip keeps', () => {
  it('takes the widest srcset candidate that fits the reader\'s widest column, else the narrowest', () => {
    expect(bestCandidate('a.jpg 480w, b.jpg 1200w, c.jpg 2400w')).toBe('b.jpg');
    expect(bestCandidate('c.jpg 2400w, d.jpg 3200w')).toBe('c.jpg');
    expect(bestCandidate('a.jpg 2x, b.jpg 1x, c.jpg 3x')).toBe('b.jpg');
  });

  it('lists each address once, the lead image first, and leaves beacons and inline images out', () => {
    const { document } = parseHTML(`<html><body><div id="r">
      <img src="https://news.example/small.jpg" srcset="https://news.example/s.jpg 400w, https://news.example/m.jpg 1400w">
      <img src="https://news.example/lead.jpg"><img src="https://pixel.wp.com/g.gif"><img src="data:image/png;base64,AAAA">
      <img src="https://news.example/lead.jpg"></div></body></html>`);
    expect(imageAddresses(document.getElementById('r')!, 'https://news.example/lead.jpg')).toEqual(['https://news.example/lead.jpg', 'https://news.example/m.jpg']);
  });

  it('reads an image\'s size from its bytes, so a 1×1 picture is a tracking pixel whatever the page said', () => {
    expect(pixelSize(gif(640, 480))).toEqual({ width: 640, height: 480 });
    expect(isTrackingPixel(gif(1, 1))).toBe(true);
    expect(isTrackingPixel(gif(640, 480))).toBe(false);
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47]);
    new DataView(png.buffer).setUint32(16, 1);
    new DataView(png.buffer).setUint32(20, 1);
    expect(isTrackingPixel(png)).toBe(true);
  });
});
