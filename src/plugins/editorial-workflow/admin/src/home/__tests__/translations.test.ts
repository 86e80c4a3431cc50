import en from '../../translations/home/en.json';
import vi from '../../translations/home/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('waiting.title', …)` in the widgets and `title('waiting.title', …)` in widgets.ts.
describeTranslationPart('home widgets translations', { part: 'home', vi, en, calls: ['say', 'title'], minimum: 16 });
