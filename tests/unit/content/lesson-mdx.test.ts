// Section anchors and term uses read from a lesson's parsed MDX. The anchors must be the ids Astro
// gives the headings, exactly: quizzes, the glossary and instructors link to them. So beside the
// expected values, every case and every real lesson is compared with Astro's own heading-id step
// (from @astrojs/markdown-satteri, run by the MDX compiler Astro uses, with Astro's defaults).
// Both are Astro's own dependencies, imported as installed with it and deliberately not pinned
// here, so an Astro upgrade that changes how ids are made fails this test.
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lessonSources } from '../../../src/lib/content/collections';
import { keyPointsAnchor, lessonAnchors, lessonOutline } from '../../../src/lib/content/lesson-mdx';
import { readText } from '../../../src/lib/content/read';
import { projectRoot } from '../../support/project';

/** The heading ids Astro's MDX pipeline gives a lesson body (frontmatter aside). */
async function astroHeadingIds(mdx: string): Promise<string[]> {
  const astro = {
    frontmatter: {},
    headings: [] as { depth: number; slug: string; text: string }[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  await mdxToJs(mdx, {
    hastPlugins: [satteriHeadingIdsPlugin()],
    // Astro's defaults: GitHub-flavoured Markdown and smart punctuation on.
    features: { gfm: true, smartPunctuation: true, frontmatter: true },
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro },
  });
  return astro.headings.map((heading) => heading.slug);
}

/** Our anchors without the KeyPoints box's, which its component adds, not Astro's heading step. */
const headingAnchors = (mdx: string) => lessonAnchors(mdx).filter((anchor) => anchor !== keyPointsAnchor);

const frontmatter = '---\ntitle: A lesson\n# not a heading\nkeyTerms:\n  - clonus\n---\n';

const cases: [name: string, mdx: string, anchors: string[]][] = [
  [
    'plain headings at every level',
    '## The reflex loop\n\n### Upper motor neuron control\n',
    ['the-reflex-loop', 'upper-motor-neuron-control'],
  ],
  [
    'a repeated heading',
    '## Apply it\n\n## Apply it\n\n## Apply it\n',
    ['apply-it', 'apply-it-1', 'apply-it-2'],
  ],
  ['emphasis and code in a heading', '## The *reflex* `loop` and **tone**\n', ['the-reflex-loop-and-tone']],
  ['a <Term> inside a heading', '## A <Term id="clonus">clonus</Term> sign\n', ['a-clonus-sign']],
  ['punctuation, accents and symbols', '## Émile & 50% (really): what?\n', ['émile--50-really-what']],
  ['dashes and quotes made smart', '## "Quoted" -- it\'s a -- b --- c\n', ['quoted--its-a--b--c']],
  ['a setext heading', 'Setext heading\n--------------\n', ['setext-heading']],
  ['a heading inside a code block is not one', '```md\n## Not a heading\n```\n\n## Real\n', ['real']],
  ['a heading inside a JSX block', '<KeyPoints>\n\n## Inside\n\n- a point\n\n</KeyPoints>\n', ['inside']],
  [
    'an import and an export',
    "import X from './x.astro';\nexport const y = 1;\n\n## After ESM\n\n<X />\n",
    ['after-esm'],
  ],
  ['frontmatter, which holds no heading', `${frontmatter}\n## First\n`, ['first']],
];

describe('lesson anchors from the parsed MDX', () => {
  it.each(cases)('%s', async (_name, mdx, anchors) => {
    expect(headingAnchors(mdx)).toEqual(anchors);
    expect(await astroHeadingIds(mdx)).toEqual(anchors);
  });

  it('adds the KeyPoints box where it stands', () => {
    expect(lessonAnchors('## One\n\n<KeyPoints>\n\n- a\n\n</KeyPoints>\n')).toEqual(['one', keyPointsAnchor]);
    expect(lessonAnchors('## One\n\nKeyPoints in a sentence is not the box.\n')).toEqual(['one']);
  });

  it.each(lessonSources(projectRoot).map((lesson) => [lesson.file, lesson] as const))(
    'equal the ids Astro gives the headings of %s',
    async (file) => {
      const mdx = readText(projectRoot, file);
      const ours = headingAnchors(mdx);
      expect(ours.length).toBeGreaterThan(2);
      expect(ours).toEqual(await astroHeadingIds(mdx));
    },
  );

  it('would catch a line-by-line reading: a "## " line in a code block is no heading', async () => {
    // The regex this replaced took the fenced line for a heading; Astro does not.
    const mdx = '~~~\n## Inside a fence\n~~~\n';
    expect(await astroHeadingIds(mdx)).toEqual([]);
    expect(headingAnchors(mdx)).toEqual([]);
  });
});

describe('term uses from the parsed MDX', () => {
  it('reads each <Term id>, whatever the attribute order and quotes, and not look-alikes', () => {
    const mdx = `A <Term id="a">a</Term>, <Term  id='b'>b</Term> and <Term data-x="1" id="c">c</Term>. <Terms id="no" />\n\n\`<Term id="code">\`\n`;
    expect(lessonOutline(mdx).termIds).toEqual(['a', 'b', 'c']);
  });

  it('reports a <Term> with no literal id as the empty id, so the build refuses it', () => {
    expect(lessonOutline('A <Term>a</Term> and <Term id={name}>b</Term>.\n').termIds).toEqual(['', '']);
  });
});
