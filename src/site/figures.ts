// The one place pages read the figures collection (src/content/figures/).
import { getEntry } from 'astro:content';
import { contentLocations } from '../lib/content/locations';
import type { Figure } from '../schemas/figure';

/** A figure's content by id; the drawing's code names the id it draws. */
export async function getFigure(id: string): Promise<Figure> {
  const entry = await getEntry('figures', id);
  if (!entry) throw new Error(`There is no figure "${id}" in ${contentLocations.figures}/.`);
  return entry.data;
}
