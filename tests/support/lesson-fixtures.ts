// Lesson files for tests that feed the content layer or the lesson schema a lesson of their own.

/** Frontmatter of a valid lesson; tests copy and break it. */
export function validFrontmatter(order: number): Record<string, unknown> {
  return {
    title: `Lesson ${String(order)}`,
    order,
    summary: 'A lesson used only by the authoring tests.',
    objectives: ['Define clonus as a rhythmic, involuntary contraction.'],
    minutes: 5,
    sourceHeadings: ['Definition of Symptom'],
    keyTerms: ['clonus'],
  };
}

/** Serialises frontmatter as YAML by way of JSON, which YAML accepts as a subset. */
export function lessonFile(frontmatter: Record<string, unknown>): string {
  const lines = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\nBody text.\n`;
}
