import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

import { Section } from '../components/stats/Section';
import { SectionState } from '../components/stats/SectionState';
import { vietnamToday } from '../pages/stats/dates';
import { statsRequestOf } from '../pages/stats/request';
import { isForbidden, useGetTurnaroundQuery, type TurnaroundPeriod } from './api';
import { BacklogTable } from './BacklogTable';
import { DurationTable } from './DurationTable';
import { OldestItems } from './OldestItems';
import { useTurnaroundText } from './messages';

/** `2026-11-30` → `30/11/2026`. */
const shortDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * "Thời gian xử lý và tồn đọng" on the statistics page: for the page's period, how long each
 * department took from submission to approval and Phòng QLCL from approval to publication (p50, p90
 * in working days), then what waits now by age, and the oldest items. Shown to the leadership, QLCL
 * and the departments' editors and heads; the server refuses anyone else, and then the section is not shown.
 */
const TurnaroundSectionView = ({ from, to: asked }: TurnaroundPeriod) => {
  const { say } = useTurnaroundText();
  // The page's period may run past today; the turnaround counts the days that have passed.
  const today = vietnamToday();
  const to = asked > today && from <= today ? today : asked;
  const result = useGetTurnaroundQuery({ from, to });
  const request = statsRequestOf(result);
  if (request.status === 'error' && isForbidden(request.error)) return null;

  return (
    <Section
      title={say('title', 'Thời gian xử lý và tồn đọng')}
      subtitle={say('subtitle', '{from} – {to}, tính theo ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, Tết và ngày nghỉ bù)', {
        from: shortDate(from),
        to: shortDate(to),
      })}
    >
      <SectionState request={request} isEmpty={(data) => data.departments.length === 0} emptyMessage={say('empty', 'Không có phòng nào trong phạm vi của bạn.')}>
        {(data) => (
          <Flex direction="column" alignItems="stretch" gap={5}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="epsilon" tag="h3">
                {say('durations.title', 'Thời gian xử lý (ngày làm việc)')}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {say('durations.hint', 'Tin bài được duyệt hoặc được đăng trong kỳ; p50: một nửa số tin bài xong trong thời gian này, p90: chín phần mười.')}
              </Typography>
              <DurationTable report={data} />
            </Flex>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="epsilon" tag="h3">
                {say('backlog.title', 'Tồn đọng hiện nay')}
              </Typography>
              <BacklogTable report={data} />
            </Flex>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="epsilon" tag="h3">
                {say('oldest.title', 'Tin bài chờ lâu nhất')}
              </Typography>
              <OldestItems report={data} />
            </Flex>
          </Flex>
        )}
      </SectionState>
    </Section>
  );
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section (its props are the same). */
export const TurnaroundSection = React.memo(TurnaroundSectionView);
