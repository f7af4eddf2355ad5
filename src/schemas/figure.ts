import { z } from 'astro/zod';

/** Ids of a figure's parts: lower case words joined by hyphens, as the drawing's code names them. */
const partId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'Use lower case words joined by hyphens.');

/** An exact quote of `src/source/clonus.txt` (white space and case aside), checked at build. */
const quote = z.string().trim().min(3);

/** One labelled part of a figure's drawing. */
const figurePartSchema = z.strictObject({
  /** Visible label in the drawing. Every word of four letters or more comes from `source`. */
  label: z.string().trim().min(2).max(40),
  /** The source's own words the label comes from. */
  source: quote,
  /** Step number (from 1) at which the part is first drawn; before it the part is absent. @default 1 */
  appearsAt: z.int().min(1).optional(),
});

/** One step a learner moves through. */
const figureStepSchema = z.strictObject({
  /** What happens in this step, read on screen and announced. Every word comes from `source`. */
  text: z.string().trim().min(10),
  /** Ids of the parts drawn highlighted in this step. At least one. */
  highlight: z.array(partId).min(1),
  /** The source's own words the text comes from. At least one quote. */
  source: z.array(quote).min(1),
});

/**
 * A stepped figure in `src/content/figures/<id>.yaml`, the file name matching the drawing's code
 * (`src/lib/figures/<id>.ts`), which holds the geometry. Unknown fields are refused. Whether each
 * quote is in the source, each word of a label or step is in its quotes, and the parts are the
 * drawing's is checked at build over the source and the code (`src/lib/figures/checks.ts`).
 */
export const figureSchema = z
  .strictObject({
    /** The figure's name: its caption and the drawing's title. Every word comes from `titleSource`. */
    title: z.string().trim().min(10),
    /** The source's own words the title comes from. */
    titleSource: z.array(quote).min(1),
    /** The labelled parts of the drawing, by part id. */
    parts: z.record(partId, figurePartSchema),
    /** The steps, in order. At least two. */
    steps: z.array(figureStepSchema).min(2),
  })
  .superRefine((figure, ctx) => {
    figure.steps.forEach((step, index) => {
      step.highlight.forEach((id, position) => {
        const part = figure.parts[id];
        if (!part)
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'highlight', position],
            message: `Step ${String(index + 1)} highlights "${id}", which is not one of the parts (${Object.keys(figure.parts).join(', ')}).`,
          });
        else if ((part.appearsAt ?? 1) > index + 1)
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'highlight', position],
            message: `Step ${String(index + 1)} highlights "${id}", which is drawn only from step ${String(part.appearsAt)}.`,
          });
      });
    });
    const highlighted = new Set(figure.steps.flatMap((step) => step.highlight));
    for (const id of Object.keys(figure.parts))
      if (!highlighted.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['parts', id],
          message: `No step highlights the part "${id}".`,
        });
  });

export type Figure = z.infer<typeof figureSchema>;
export type FigurePart = z.infer<typeof figurePartSchema>;
export type FigureStep = z.infer<typeof figureStepSchema>;
