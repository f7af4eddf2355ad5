// What the quiz islands' lazy views need from the bundler (src/components/quiz/quiz-island.ts):
// a quiz in the browser imports the views of its item types dynamically, from a page script
// rather than an Astro island.
//
// - No stylesheets from the browser build for the quiz's components. Every quiz is rendered on
//   the server, so the page already links their styles (in one file, with the page's others).
//   Astro drops an island's browser-side copy, but not a script's: each view would bring its own
//   small stylesheet, linked again by the page and fetched again when the view loads.
// - No preloading of a dynamic import's dependencies. Vite names them from the site's root
//   (/_astro/…), which is wrong in an LMS package, served from a folder of the LMS's choosing;
//   the chunks themselves import each other by relative paths, which work from any folder.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The import of a Svelte component's styles, as the Svelte plugin writes it. */
const styleImport = '.svelte?svelte&type=style';
/** The quiz's components, which import their styles. */
const quizComponent = /\/src\/components\/quiz\/.+\.svelte$/;
const noStyles = '\0clonus-quiz-views:no-styles';

function noQuizStylesInBrowserBuild(): Plugin {
  return {
    name: 'clonus-quiz-views:no-browser-styles',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    // An empty module rather than an empty stylesheet: the bundler would still emit (and the
    // views' dynamic imports still preload) a stylesheet for it, which Astro then deletes.
    resolveId(source, importer) {
      return source.includes(styleImport) && importer && quizComponent.test(importer) ? noStyles : undefined;
    },
    load(id) {
      return id === noStyles ? 'export {};' : undefined;
    },
  };
}

function browserBuildOptions(): Plugin {
  return {
    name: 'clonus-quiz-views:browser-build',
    // Per environment: Astro sets the build's own `modulePreload`, which a config would not outweigh.
    configEnvironment: (name) =>
      name === 'client'
        ? {
            build: {
              modulePreload: false,
            },
          }
        : undefined,
  };
}

export function quizViews(): AstroIntegration {
  return {
    name: 'clonus-quiz-views',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [noQuizStylesInBrowserBuild(), browserBuildOptions()],
          },
        });
      },
    },
  };
}
