import en from '../../translations/reports/en.json';
import vi from '../../translations/reports/vi.json';
import { TEMPLATE_IDS } from '../messages';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` and the kinds' labels of messages.ts.
describeTranslationPart('periodic reports translations', { part: 'reports', vi, en, extraIds: TEMPLATE_IDS, minimum: 12, defaultsMatch: true });
