import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/core/extract/node';

const url = 'https://news.example/story';

const paragraphs = [
  'The harbour authority approved the new ferry schedule on Tuesday after months of complaints from commuters on the island.',
  'Under the plan, boats will leave every twenty minutes during the morning and evening rush, and every hour late at night.',
  'Residents who had campaigned for the change said the old timetable forced them to leave home an hour before work started.',
  'The operator will hire twelve more crew members and lease a fourth vessel until its own new ship is delivered next spring.',
  'Fares stay the same for now, although the authority said it would review the price of season tickets in the autumn.',
];

function clipOf(inside: string): { text: string; html: string } {
  const [first, second, ...rest] = paragraphs.map((p) => `<p>${p}</p>`);
  const html = `<!doctype html><html lang="en"><head><title>Ferries</title></head><body><article>${first}${second}${inside}${rest.join('')}</article></body></html>`;
  const result = extractFromHtml(html, url);
  if (!result.ok) throw new Error(result.message);
  return { text: result.clip.text ?? '', html: result.clip.html ?? '' };
}

describe('clutter inside the article', () => {
  it('leaves captions and credits that are not <figcaption> out of the text, but keeps them in the html', () => {
    const clip = clipOf('<div class="wp-caption"><img src="/ferry.jpg" alt=""><p class="wp-caption-text">The ferry leaving the harbour at dawn</p></div><span class="image-credit">Harbour Authority</span>');
    expect(clip.text).not.toContain('leaving the harbour at dawn');
    expect(clip.text).not.toContain('Harbour Authority');
    expect(clip.html).toContain('leaving the harbour at dawn');
    for (const paragraph of paragraphs) expect(clip.text).toContain(paragraph);
  });

  it('drops teaser boxes, rating widgets and author cards', () => {
    const clip = clipOf(`
      <div class="teaser"><h3>Bridge plans shelved again</h3><p>The council postponed the vote for a third time.</p></div>
      <div class="post-ratings"><div>No ratings yet.</div><div>Rate this article!</div></div>
      <div class="author-card"><p>Jane Doe covers transport and the islands for the paper.</p></div>`);
    expect(clip.text).not.toMatch(/Bridge plans|postponed the vote|No ratings|covers transport/);
    for (const paragraph of paragraphs) expect(clip.text).toContain(paragraph);
  });

  it('keeps a dek named "article-teaser": only whole "teaser" names are boxes', () => {
    const clip = clipOf('<p class="article-teaser">A ferry every twenty minutes at rush hour, from next month.</p>');
    expect(clip.text).toContain('A ferry every twenty minutes at rush hour');
  });

  it('drops "Lea también:" and "MIRA:" lines that point to other stories', () => {
    const clip = clipOf(`
      <p><strong>Lea también:&#160;<a href="/a">Impiden ingreso a un reportero</a></strong></p>
      <p><b>MIRA: <a href="/b">Madre termina detenida</a></b></p>`);
    expect(clip.text).not.toMatch(/Lea también|Impiden ingreso|MIRA|Madre termina/);
    for (const paragraph of paragraphs) expect(clip.text).toContain(paragraph);
  });

  it('ends the article at a late "Das könnte Sie auch interessieren!" heading', () => {
    const [first, ...rest] = paragraphs.map((p) => `<p>${p}</p>`);
    const html = `<!doctype html><html lang="de"><head><title>Fähren</title></head><body><article>${first}${rest.join('')}
      <h3>Das könnte Sie auch interessieren!</h3><p>Neue Brücke über den Sund: Baubeginn verschoben, sagt die Stadt.</p></article></body></html>`;
    const result = extractFromHtml(html, url);
    expect(result.ok && result.clip.text).not.toMatch(/interessieren|Neue Brücke/);
    expect(result.ok && result.clip.text).toContain(paragraphs[4]);
  });

  it('drops the site’s own calls to action from the end of the article, not from its body', () => {
    const [first, ...rest] = paragraphs.map((p) => `<p>${p}</p>`);
    const early = '<p>The ferry company will also launch a newsletter for commuters, with delays announced each morning.</p>';
    const html = `<!doctype html><html lang="en"><head><title>Ferries</title></head><body><article>${first}${early}${rest.join('')}
      <p>For the latest stories and breaking news updates download our apps for iOS and Android.</p>
      <p>Follow us on Twitter and Instagram.</p></article></body></html>`;
    const result = extractFromHtml(html, url);
    expect(result.ok && result.clip.text).not.toMatch(/download our apps|Follow us/);
    expect(result.ok && result.clip.text).toContain('launch a newsletter for commuters');
    expect(result.ok && result.clip.text).toContain(paragraphs[4]);
  });

  it('puts back the lead printed above the article, which Readability leaves in the page header', () => {
    const lead = 'Commuters get a boat every twenty minutes from next month, after a long campaign by island residents.';
    const html = `<!doctype html><html lang="en"><head><title>Ferries</title></head><body>
      <div class="story"><header class="story-header"><h1>Ferries every twenty minutes</h1><p class="story-lead">${lead}</p>
      <figure class="intro-image"><img src="/ferry.jpg" alt=""><figcaption class="intro">Photo: The ferry leaving the harbour at dawn</figcaption></figure></header>
      <div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const result = extractFromHtml(html, url);
    expect(result.ok && result.clip.text?.split('\n')[0]).toBe(lead);
    expect(result.ok && result.clip.text).toContain(paragraphs[4]);
  });

  it('drops lines that are only a button or link label ("zurück", "Load more", "drucken")', () => {
    const clip = clipOf('<p><a href="/list">zurück zur Listenansicht</a></p><div><button>Load more</button></div><p>drucken</p>');
    expect(clip.text).not.toMatch(/zurück|Load more|drucken/);
    for (const paragraph of paragraphs) expect(clip.text).toContain(paragraph);
  });
  it('keeps a photo credit under its picture in the html, and out of the text', () => {
    const clip = clipOf('<div><img src="/ferry.jpg" alt=""><p>Photo: Harbour Authority/Lee Marr</p></div>');
    expect(clip.html).toContain('Photo: Harbour Authority/Lee Marr');
    expect(clip.text).not.toContain('Harbour Authority');
    for (const paragraph of paragraphs) expect(clip.text).toContain(paragraph);
  });

  it('keeps the date of a cited source, and drops a dateline standing on its own line', () => {
    const clip = clipOf(`<p><span class="dateline">March 3, 2026</span></p>
      <ol class="references"><li>"New timetable". Harbour Authority. <span class="accessdate">Retrieved 12 January 2026</span>.</li></ol>`);
    expect(clip.text).toContain('Retrieved 12 January 2026');
    expect(clip.text).not.toContain('March 3, 2026');
    for (const paragraph of paragraphs) expect(clip.text).toContain(paragraph);
  });
});
