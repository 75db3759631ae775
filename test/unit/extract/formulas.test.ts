import { describe, expect, it } from 'vitest';
import { clipOf } from './fixture-page';

const prose = [
  'The quadratic formula gives both roots of any equation of the second degree, whatever its coefficients are.',
  'Students meet it early, and most of them learn it by heart long before they see why it holds for every case.',
  'Its proof completes the square, a step that the ancient Babylonians already used on clay tablets.',
];

function page(formula: string): string {
  const body = prose.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Roots</title></head><body><article>${body}<p>When ${formula}, there are two solutions.</p>${body}</article></body></html>`;
}

describe('formulas in the article', () => {
  it('reads a MathJax formula out in the text and the html, symbol by symbol, instead of leaving a hole', () => {
    const mathjax = '<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi></mjx-mi></mjx-math>'
      + '<mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>';
    const clip = clipOf(page(mathjax));
    expect(clip.text).toContain('When a ≠ 0, there are two solutions.');
    expect(clip.html).toContain('a ≠ 0');
    expect(clip.html).not.toContain('<math');
  });

  it('keeps words printed against a formula apart from it', () => {
    const clip = clipOf(page('<math><mi>x</mi><mo>=</mo><mn>2</mn></math>and'));
    expect(clip.text).toContain('When x = 2 and, there are two solutions.');
  });

  it('leaves out the TeX source a formula carries, and a formula the page hides beside its picture', () => {
    const tex = '<math><semantics><mrow><mi>b</mi></mrow><annotation encoding="application/x-tex">b</annotation></semantics></math>';
    const hidden = '<span class="mwe-math-element"><span style="display: none;"><math><mi>c</mi><mo>&gt;</mo><mn>1</mn></math></span><img src="https://news.example/c.png" alt="c > 1"></span>';
    const clip = clipOf(page(`${tex} and ${hidden}`));
    expect(clip.text).toContain('When b and , there are two solutions.');
    expect(clip.text).not.toMatch(/c > 1|b b/);
  });
  it('reads a formula with markup smuggled into it as text, with nothing of the markup', () => {
    const clip = clipOf(page('<math><mi>y</mi><mtext><table><mglyph><style><img src=x onerror="alert(1)"></style></mglyph></table></mtext></math>'));
    expect(clip.text).toContain('When y, there are two solutions.');
    expect(`${clip.html} ${clip.text}`).not.toMatch(/onerror|alert|<img src="x"/);
  });
});
