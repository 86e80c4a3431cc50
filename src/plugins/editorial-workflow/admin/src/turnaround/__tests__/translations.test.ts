import en from '../../translations/turnaround/en.json';
import vi from '../../translations/turnaround/vi.json';
import { TEMPLATE_IDS } from '../messages';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)`, and the state and age labels of messages.ts.
describeTranslationPart('turnaround and backlog translations', { part: 'turnaround', vi, en, extraIds: TEMPLATE_IDS, minimum: 21 });
