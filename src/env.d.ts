interface ImportMetaEnv {
  /** True in the LMS package build (`npm run package`): pages are .html files. See astro.config.mjs. */
  readonly COURSE_PACKAGE: boolean;
}
