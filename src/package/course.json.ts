// lms/course.json in the package build: what scripts/package.mjs writes into each manifest.
import type { APIRoute } from 'astro';
import { course } from '../course';

export const GET: APIRoute = () =>
  Response.json({
    identifier: 'clonus-course',
    title: course.title,
    description: course.description,
    lang: course.lang,
    passMark: course.postTestPassMark,
  });
