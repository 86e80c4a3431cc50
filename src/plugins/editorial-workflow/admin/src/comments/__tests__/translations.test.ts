import en from '../../translations/comments/en.json';
import vi from '../../translations/comments/vi.json';
import { FIELD_LABEL_IDS } from '../messages';
import { describeTranslationPart } from '../../__tests__/translation-part';

// `say('title', …)`, and the field labels of messages.ts.
describeTranslationPart('editorial comments translations', { part: 'comments', vi, en, extraIds: FIELD_LABEL_IDS, minimum: 21 });
