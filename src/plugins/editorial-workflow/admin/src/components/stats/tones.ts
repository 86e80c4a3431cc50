import type { DefaultTheme } from 'styled-components';

import type { Tone } from '../../pages/stats/grid';

type Color = keyof DefaultTheme['colors'];

/** Theme colours of a cell's tone (design-system tokens, so the dark theme follows). */
export const TONE_COLORS: Record<Tone, { background: Color; border: Color; text: Color }> = {
  met: { background: 'success100', border: 'success200', text: 'success700' },
  unmet: { background: 'danger100', border: 'danger200', text: 'danger700' },
  none: { background: 'neutral100', border: 'neutral150', text: 'neutral500' },
};
