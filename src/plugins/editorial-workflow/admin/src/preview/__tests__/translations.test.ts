import en from '../../translations/preview/en.json';
import vi from '../../translations/preview/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('button', …)` in the side panel's preview button.
describeTranslationPart('preview link translations', { part: 'preview', vi, en, minimum: 3 });
