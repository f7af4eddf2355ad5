import { describe, expect, it } from 'vitest';
import { course } from '../../src/course';
import { courseSchema } from '../../src/schemas/course';

describe('course metadata', () => {
  it('holds the lesson completion rule: the end reached and the knowledge check submitted', () => {
    expect(course.lessonCompletion).toEqual({ reachEnd: true, submitKnowledgeCheck: true });
    const { lessonCompletion: _rule, ...withoutRule } = course;
    expect(courseSchema.parse(withoutRule).lessonCompletion).toEqual({
      reachEnd: true,
      submitKnowledgeCheck: true,
    });
  });

  it('refuses a rule that asks for nothing, naming the field', () => {
    const result = courseSchema.safeParse({
      ...course,
      lessonCompletion: { reachEnd: false, submitKnowledgeCheck: false },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['lessonCompletion']);
  });

  it('refuses typed contact hours: they are derived from the stated study time', () => {
    const result = courseSchema.safeParse({ ...course, contactHours: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['contactHours'] });
  });

  it('refuses minutes per quiz item that are not a positive number', () => {
    expect(courseSchema.safeParse({ ...course, minutesPerQuizItem: 0 }).success).toBe(false);
  });
});
