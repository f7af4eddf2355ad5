import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { lessonOrderProblems } from './lib/lesson-order';

/**
 * The glob loader validates each lesson on its own; the order of the whole sequence can only be
 * checked once every lesson is loaded, so this loader wraps glob and fails the build (naming the
 * files and the field) when orders collide or leave a gap.
 */
function lessonLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: './src/content/lessons' });
  return {
    name: 'lesson-loader',
    load: async (context) => {
      await files.load(context);
      const lessons = context.store.values().map((entry) => ({
        file: entry.filePath ?? entry.id,
        order: Number(entry.data.order),
      }));
      const problems = lessonOrderProblems(lessons);
      if (problems.length > 0) {
        throw new Error(`Lesson order is broken:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}

const lessons = defineCollection({ loader: lessonLoader(), schema: lessonSchema });

export const collections = { lessons };
