// Every figure's drawing in code, by figure id, with the parts it draws: a figure's content
// (src/content/figures/<id>.yaml) must label exactly these parts.
import { partIds, reflexLoopFigureId } from './reflex-loop';

export const figureDrawings: Readonly<Record<string, readonly string[]>> = {
  [reflexLoopFigureId]: partIds,
};
