import en from '../../translations/delegation/en.json';
import vi from '../../translations/delegation/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` in the delegation panel and its form.
describeTranslationPart('delegation translations', { part: 'delegation', vi, en, minimum: 20, defaultsMatch: true });
