import { Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import { SORT_KEYS, ariaSortOf, nextSort } from '../../pages/stats/sort';
import type { GridSort, GridSortKey } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';

/**
 * The unit column's header: the keys the server sorts the units by, each a button that says its
 * direction. The order spans every page (the server sorts before it pages).
 */
export const GridSortButtons = ({ sort, onSort }: { sort: GridSort; onSort: (sort: GridSort) => void }) => {
  const { t } = useStatsMessages();
  const labels: Record<GridSortKey, string> = {
    kind: t('sort.kind', 'Loại'),
    name: t('sort.name', 'Tên'),
    code: t('sort.code', 'Mã'),
    itemsSubmitted: t('sort.itemsSubmitted', 'Đã gửi'),
    itemsPublished: t('sort.itemsPublished', 'Đã đăng'),
  };
  return (
    <Flex gap={1} wrap="wrap" role="group" aria-label={t('sort.label', 'Sắp xếp đơn vị theo')}>
      <Typography variant="pi" textColor="neutral600">
        {t('sort.label', 'Sắp xếp đơn vị theo')}:
      </Typography>
      {SORT_KEYS.map((key) => {
        const direction = ariaSortOf(sort, key);
        return (
          <SortButton
            key={key}
            type="button"
            data-testid={`ew-stats-sort-${key}`}
            data-sort={direction}
            aria-pressed={direction !== 'none'}
            title={t('sort.hint', 'Bấm lần nữa để đảo chiều')}
            onClick={() => onSort(nextSort(sort, key))}
          >
            {labels[key]}
            {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
          </SortButton>
        );
      })}
    </Flex>
  );
};

const SortButton = styled.button`
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral0};
  color: ${({ theme }) => theme.colors.neutral700};
  padding: 0 ${({ theme }) => theme.spaces[2]};
  font-size: 1.2rem;
  line-height: 2.2rem;
  cursor: pointer;

  &[aria-pressed='true'] {
    border-color: ${({ theme }) => theme.colors.primary600};
    color: ${({ theme }) => theme.colors.primary600};
    font-weight: 600;
  }
`;
