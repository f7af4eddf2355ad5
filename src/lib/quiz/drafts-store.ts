// Unfinished quiz sittings (draft.ts) kept for the learner: an atom over the page's progress store,
// stored beside the progress under `draftsKey` (in the browser only, also inside an LMS: a draft
// is not a result). Apart from the store so that pages without a quiz (the home page, a lesson
// before its knowledge check loads) do not load draft decoding and scoring.
import { atom, type ReadableAtom } from 'nanostores';
import { draftsKey, type ProgressStore } from '../progress/store';
import { decodeDrafts, draftOf, encodeDrafts, type QuizDraft } from './draft';

export interface QuizDrafts {
  /** Unfinished sittings by quiz id. */
  drafts: ReadableAtom<Record<string, QuizDraft>>;
  /** Saves a quiz's unfinished sitting; false when the browser kept it only for this page. */
  saveDraft(quizId: string, draft: QuizDraft): boolean;
  dropDraft(quizId: string): void;
}

/** The drafts kept in `store`'s storage, following other tabs' changes to them. */
export function createQuizDrafts(store: ProgressStore): QuizDrafts {
  const side = store.sideValue(draftsKey);
  const drafts = atom(decodeDrafts(side.read()));
  side.listen(() => {
    drafts.set(decodeDrafts(side.read()));
  });
  function write(next: Record<string, QuizDraft>): boolean {
    drafts.set(next);
    return side.write(encodeDrafts(next));
  }
  return {
    drafts,
    saveDraft: (quizId, draft) => write({ ...drafts.get(), [quizId]: draft }),
    dropDraft: (quizId) => {
      if (draftOf(drafts.get(), quizId) === undefined) return;
      const { [quizId]: _dropped, ...rest } = drafts.get();
      write(rest);
    },
  };
}

const opened = new WeakMap<ProgressStore, QuizDrafts>();

/** The one drafts object of `store`, so every quiz of a page shares its atom as it shares the store. */
export function quizDrafts(store: ProgressStore): QuizDrafts {
  let drafts = opened.get(store);
  if (!drafts) {
    drafts = createQuizDrafts(store);
    opened.set(store, drafts);
  }
  return drafts;
}
