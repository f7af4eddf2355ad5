// Course metadata (src/course.ts) is validated when the site builds: the retake policy, the lesson
// completion rule and what contact hours are derived from included.
import { describe, expect, it } from 'vitest';
import { course } from '../../src/course';
import { courseSchema } from '../../src/schemas/course';

const { postTestRetakes: _policy, ...withoutPolicy } = course;

describe('course metadata: the post-test retake policy', () => {
  it('is stated in the course (a number of retakes, or unlimited)', () => {
    expect(course.postTestRetakes === 'unlimited' || Number.isInteger(course.postTestRetakes)).toBe(true);
  });

  it('defaults to unlimited and accepts a whole number from 0', () => {
    expect(courseSchema.parse(withoutPolicy).postTestRetakes).toBe('unlimited');
    expect(courseSchema.parse({ ...withoutPolicy, postTestRetakes: 0 }).postTestRetakes).toBe(0);
    expect(courseSchema.parse({ ...withoutPolicy, postTestRetakes: 'unlimited' }).postTestRetakes).toBe(
      'unlimited',
    );
  });

  it.each([[-1], [1.5], ['twice'], [21], [null]])('refuses %j, naming the field', (value) => {
    const result = courseSchema.safeParse({ ...withoutPolicy, postTestRetakes: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['postTestRetakes']);
    expect(result.error?.issues[0]?.message).toMatch(/postTestRetakes is 'unlimited' or a whole number/);
  });
});

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
