import en from '../../translations/opinion-reports/en.json';
import vi from '../../translations/opinion-reports/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` on the page "Báo cáo dư luận".
describeTranslationPart('opinion-reports translations', { part: 'opinion-reports', vi, en, minimum: 80, defaultsMatch: true });
