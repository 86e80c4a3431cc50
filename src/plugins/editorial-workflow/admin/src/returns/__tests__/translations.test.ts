import en from '../../translations/returns/en.json';
import vi from '../../translations/returns/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` in the section and its table; the Vietnamese file holds the very defaults.
describeTranslationPart('returns by reason category translations', { part: 'returns', vi, en, minimum: 5, defaultsMatch: true });
