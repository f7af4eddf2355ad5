// Every view a quiz may be given, as the server render gives them: the component tests render
// quizzes of every item type, with and without a case study.
import CaseStudy from '../../src/components/quiz/CaseStudy.svelte';
import { itemViews } from '../../src/components/quiz/item-views';

export const allViews = { views: itemViews, caseStudy: CaseStudy };
