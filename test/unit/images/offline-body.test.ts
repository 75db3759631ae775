import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeForReaderOffline } from '../../../src/core/sanitize';

const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { window: Window };
const labels = { media: 'Open the video', embed: (host: string) => `Watch on ${host}` };

describe('a stored article as the reader shows it offline', () => {
  const stored = new Map([
    ['https://news.example/m.jpg', 'blob:chrome-extension://quire/1'],
    ['https://news.example/b.gif', 'blob:chrome-extension://quire/2'],
  ]);
  const body = `<figure><picture><source srcset="https://news.example/m.webp"><img src="https://news.example/s.jpg" srcset="https://news.example/s.jpg 400w, https://news.example/m.jpg 1400w" alt="Chart" loading="lazy"></picture></figure>
    <p><img src="https://news.example/b.gif"><img src="https://other.example/gone.png" alt="A map"><img src="https://other.example/x.png"></p>
    <video src="https://news.example/v.mp4" poster="https://news.example/p.jpg"></video>
    <iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>`;
  const { html, missing } = sanitizeForReaderOffline(body, window, stored, labels);

  it('shows each stored image from its object URL, with no srcset or source left to load', () => {
    expect(html).toContain('<img src="blob:chrome-extension://quire/1" alt="Chart">');
    expect(html).toContain('<img src="blob:chrome-extension://quire/2">');
    expect(html).not.toMatch(/srcset|<source|loading=/);
  });

  it('leaves out the images it does not have, keeping their alt text, and counts them', () => {
    expect(html).not.toContain('other.example');
    expect(html).toContain('A map');
    expect(missing).toBe(2);
  });

  it('turns players into links that open outside the reader, so nothing in the page loads from the web', () => {
    expect(html).not.toMatch(/<video|<iframe|poster=/);
    const links = [...parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('rel')])).toEqual([
      ['https://news.example/v.mp4', 'Open the video', 'noopener noreferrer'],
      ['https://www.youtube-nocookie.com/embed/abc', 'Watch on www.youtube-nocookie.com', 'noopener noreferrer'],
    ]);
    expect(html.match(/src="(?!blob:)[^"]*"/g)).toBeNull();
  });

  it('does not let a page\'s own body keep a blob: address', () => {
    const own = sanitizeForReaderOffline('<img src="blob:https://evil.example/1">', window, new Map(), labels);
    expect(own.html).not.toContain('blob:');
  });
});
