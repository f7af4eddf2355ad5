// The launch page's choice of adapter: the SCORM version its package declares, if the LMS's API
// for that version can be found; otherwise no LMS.
import { noLms, type LmsAdapter } from './adapter';
import { findApi, type WindowLike } from './find-api';
import { scorm12, scorm2004, scormAdapter } from './scorm';

export type ScormVersion = 'scorm12' | 'scorm2004';

export const dialects = { scorm12, scorm2004 } as const;

export function connectLms(win: WindowLike, version: ScormVersion): LmsAdapter {
  const dialect = dialects[version];
  const api = findApi(win, dialect.apiName);
  return api ? scormAdapter(api, dialect) : noLms;
}
