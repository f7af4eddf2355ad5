// Who holds the record, as far as a page built on the server can know: the static site keeps it
// in the browser; a package build runs inside an LMS (whose failures have notices of their own).
import { keeperText, type Keeper } from '../lib/progress/keeper';

export const pageKeeper: Keeper = import.meta.env.COURSE_PACKAGE ? 'lms' : 'browser';
export { keeperText };
