import * as React from 'react';
import { Box } from '@strapi/design-system';

import { Section } from '../components/stats/Section';
import { SectionState } from '../components/stats/SectionState';
import { vietnamToday } from '../pages/stats/dates';
import { statsRequestOf } from '../pages/stats/request';
import { isForbidden } from '../turnaround/api';
import { useGetReturnCountsQuery, type ReturnsPeriod } from './api';
import { useReturnsText } from './messages';
import { ReturnsTable } from './ReturnsTable';

/** `2026-11-30` → `30/11/2026`. */
const shortDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * "Trả lại theo loại lý do" on the statistics page (issue 16): for the page's period, how many items
 * each unit had returned, by the category the reviewer filed the return under. The server counts
 * only what the reader may see (their units, and the returns their departments made).
 */
const ReturnsSectionView = ({ from, to: asked }: ReturnsPeriod) => {
  const { say } = useReturnsText();
  // The page's period may run past today; the server counts only the days that have passed.
  const today = vietnamToday();
  const to = asked > today && from <= today ? today : asked;
  const request = statsRequestOf(useGetReturnCountsQuery({ from, to }));
  if (request.status === 'error' && isForbidden(request.error)) return null;

  return (
    <Section
      title={say('title', 'Trả lại theo loại lý do')}
      subtitle={say('subtitle', '{from} – {to}, số lần tin bài bị trả lại, theo đơn vị và loại lý do', { from: shortDate(from), to: shortDate(to) })}
    >
      <Box data-testid="returns-section">
        <SectionState request={request} isEmpty={(data) => data.units.length === 0} emptyMessage={say('empty', 'Không có tin bài nào bị trả lại trong kỳ này.')}>
          {(data) => <ReturnsTable report={data} />}
        </SectionState>
      </Box>
    </Section>
  );
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section (its props are the same). */
export const ReturnsSection = React.memo(ReturnsSectionView);
