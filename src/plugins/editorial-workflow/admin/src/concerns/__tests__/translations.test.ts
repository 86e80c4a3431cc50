import en from '../../translations/concerns/en.json';
import vi from '../../translations/concerns/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` on the desk "Dư luận & sự cố".
describeTranslationPart('concerns translations', { part: 'concerns', vi, en, minimum: 40, defaultsMatch: true });
