import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizePage } from '../../../integrations/lms/relative-links.ts';

describe('relative links for LMS packages', () => {
  it.each([
    ['index.html', '/lessons/a.html', 'lessons/a.html'],
    ['lessons/a.html', '/lessons/b.html#signs', 'b.html#signs'],
    ['lessons/a.html', '/index.html', '../index.html'],
    ['instructor/assign.html', '/_astro/x.js', '../_astro/x.js'],
    ['lessons/a.html', '/lessons/a.html', 'a.html'],
    ['lessons/a.html', '#main', '#main'],
    ['lessons/a.html', 'https://example.org/', 'https://example.org/'],
    ['lessons/a.html', '//cdn.example/x.js', '//cdn.example/x.js'],
  ])('from %s, %s becomes %s', (page, url, expected) => {
    expect(relativeUrl(page, url)).toBe(expected);
  });

  it('rewrites attributes and the links inside an island’s props, and nothing else', () => {
    const props = JSON.stringify({
      review: [0, { href: [0, '/lessons/b.html#x'], label: [0, '/not a path'] }],
    }).replace(/"/g, '&quot;');
    const html = `<a href="/progress.html">P</a><img src="/favicon.svg" alt=""><astro-island component-url="/_astro/Q.js" props="${props}"></astro-island><p>/lessons/b.html</p>`;
    const out = relativizePage('lessons/a.html', html, (path) => path === 'lessons/b.html');
    expect(out).toContain('href="../progress.html"');
    expect(out).toContain('src="../favicon.svg"');
    expect(out).toContain('component-url="../_astro/Q.js"');
    expect(out).toContain('b.html#x');
    expect(out).not.toContain('/lessons/b.html#x');
    expect(out).toContain('<p>/lessons/b.html</p>');
    expect(out).toContain('/not a path');
  });
});
