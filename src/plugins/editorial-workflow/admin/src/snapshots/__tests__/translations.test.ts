import en from '../../translations/snapshots/en.json';
import vi from '../../translations/snapshots/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)` in the side panel's "Lịch sử phiên bản" and "So sánh thay đổi".
describeTranslationPart('snapshots translations', { part: 'snapshots', vi, en, minimum: 15, defaultsMatch: true });
