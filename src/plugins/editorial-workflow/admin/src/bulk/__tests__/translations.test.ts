import en from '../../translations/bulk/en.json';
import vi from '../../translations/bulk/vi.json';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('run.approve', 'Duyệt…')`: the Vietnamese file holds the default the screen shows.
describeTranslationPart('bulk actions translations', { part: 'bulk', vi, en, minimum: 11, defaultsMatch: true });
