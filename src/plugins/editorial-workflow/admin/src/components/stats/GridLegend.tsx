import { Box, Flex, Typography } from '@strapi/design-system';

import type { Tone } from '../../pages/stats/grid';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';
import { TONE_COLORS } from './tones';

/** What the colours mean, with how many cells of each the page of the grid holds (the grid comes a page at a time). */
export const GridLegend = ({ counts }: { counts: Record<Tone, number> }) => {
  const { t } = useStatsMessages();
  const labels: Record<Tone, string> = {
    met: t('legend.met', 'Đạt chỉ tiêu'),
    unmet: t('legend.unmet', 'Chưa đạt'),
    none: t('legend.none', 'Không có chỉ tiêu'),
  };
  return (
    <Flex gap={6} wrap="wrap" paddingBottom={3}>
      {(Object.keys(labels) as Tone[]).map((tone) => (
        <Flex key={tone} gap={2}>
          <Box
            width="1.6rem"
            height="1.6rem"
            hasRadius
            background={TONE_COLORS[tone].background}
            borderColor={TONE_COLORS[tone].border}
            aria-hidden
          />
          <Typography variant="pi">
            {labels[tone]} ({counts[tone]})
          </Typography>
        </Flex>
      ))}
      <Typography variant="pi" textColor="neutral600">
        {t('legend.hint', 'Số trong ô: tin bài đã gửi. Rê chuột vào ô để xem chi tiết từng chỉ tiêu.')}{' '}
        {t('legend.pageNote', 'Số ô đếm trên trang này.')}
      </Typography>
    </Flex>
  );
};
