// Tells the learner, in words, when their progress cannot be kept as usual: the plain-DOM twin of
// StorageNotices.svelte (which the quiz, post-test, certificate and evaluation islands render), for
// the course bar of the home page and a lesson, which load no Svelte. Same words, same roles.
import type { ProgressStore } from '../../lib/progress/store';
import { noticeText } from '../../lib/progress/notices';
import { downloadText } from '../download';

/** Keeps the notices in `slot` (empty while there are none); returns the function that stops. */
export function showStorageNotices(slot: HTMLElement, store: ProgressStore): () => void {
  const render = () => {
    const kinds = store.notices.get();
    const raw = store.unkept.get();
    if (kinds.length === 0) {
      slot.replaceChildren();
      return;
    }
    const paragraph = (text: string, className?: string) => {
      const p = document.createElement('p');
      if (className) p.className = className;
      p.textContent = text;
      return p;
    };
    // One region, kept while it has something to say, so its role is not re-created each time.
    let region = slot.querySelector<HTMLElement>('.notice');
    if (!region) {
      region = document.createElement('div');
      region.className = 'notice';
      region.setAttribute('role', 'status');
      slot.append(region);
    }
    const children: HTMLElement[] = [
      paragraph('About your progress', 'notice-title'),
      ...kinds.map((kind) => paragraph(noticeText[kind])),
    ];
    if (raw !== null) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Download the unreadable copy';
      button.addEventListener('click', () => {
        downloadText(raw, 'clonus-course-unreadable-progress.txt', 'text/plain');
        store.releaseUnkept();
      });
      const p = document.createElement('p');
      p.append(button);
      children.push(p);
    }
    region.replaceChildren(...children);
  };
  const stops = [store.notices.subscribe(render), store.unkept.listen(render)];
  return () => {
    for (const stop of stops) stop();
  };
}
