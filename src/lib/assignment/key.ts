// The storage key the progress store keeps the assignment link's value under. On its own, so the
// store (on every page) names the key without bringing the link reader and its rules along: only
// the pages that show or make an assignment load those.
export const assignmentKey = 'clonus-course:assignment';
