import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';

import type { Paged } from '../../pages/stats/grid';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';

type PagerProps = { paged: Paged<unknown>; onPage: (page: number) => void };

/** "Units 51–100 of 600" with previous and next: tables of 600 units are shown 50 at a time. */
export const Pager = ({ paged, onPage }: PagerProps) => {
  const { t } = useStatsMessages();
  if (paged.total === 0) return null;
  const last = paged.first + paged.items.length;
  return (
    <Flex justifyContent="space-between" gap={4} paddingTop={4} wrap="wrap">
      <Typography variant="pi" textColor="neutral600">
        {t('pager.range', 'Đơn vị {first}–{last} trên {total}', { first: paged.first + 1, last, total: paged.total })}
      </Typography>
      {paged.pageCount > 1 ? (
        <Flex gap={2}>
          <Button
            variant="tertiary"
            size="S"
            startIcon={<ChevronLeft />}
            disabled={paged.page <= 1}
            onClick={() => onPage(paged.page - 1)}
          >
            {t('pager.previous', 'Trang trước')}
          </Button>
          <Typography variant="pi">
            {t('pager.page', 'Trang {page}/{pageCount}', { page: paged.page, pageCount: paged.pageCount })}
          </Typography>
          <Button
            variant="tertiary"
            size="S"
            endIcon={<ChevronRight />}
            disabled={paged.page >= paged.pageCount}
            onClick={() => onPage(paged.page + 1)}
          >
            {t('pager.next', 'Trang sau')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
