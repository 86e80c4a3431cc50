import * as React from 'react';
import { Badge, Flex, Typography } from '@strapi/design-system';
import type { ItemDeadline } from '../../../../shared/contracts';
import { useT } from '../../utils/useT';
import { vietnamDateTime } from './vietnam-time';

const DAY_MS = 24 * 60 * 60 * 1000;

interface WaitingCellProps extends ItemDeadline {
  waitingSince: string;
  /** How long it has waited, under the time (not for an item that waits for nobody). */
  showWaited: boolean;
}

/**
 * Since when an item waits and until when it may (its deadline in working days, computed on the
 * server), with the "Quá hạn" marker once that has passed. Times in Vietnam time.
 */
export const WaitingCell = ({ waitingSince, dueAt, overdue, showWaited }: WaitingCellProps) => {
  const t = useT();
  const days = Math.floor((Date.now() - Date.parse(waitingSince)) / DAY_MS);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} data-testid="ew-waiting" data-overdue={overdue ? 'true' : 'false'}>
      <Typography data-testid="ew-waiting-since">{vietnamDateTime(waitingSince)}</Typography>
      {showWaited ? (
        <Typography variant="pi" textColor="neutral600">
          {days >= 1 ? t('queue.unit.waitingDays', '{days} ngày', { days }) : t('queue.unit.waitingToday', 'dưới 1 ngày')}
        </Typography>
      ) : null}
      {dueAt ? (
        <Typography variant="pi" textColor={overdue ? 'danger700' : 'neutral600'} data-testid="ew-due-at">
          {t('queue.deadline.dueAt', 'Hạn: {time}', { time: vietnamDateTime(dueAt) })}
        </Typography>
      ) : null}
      {overdue ? (
        <Badge backgroundColor="danger100" textColor="danger700" data-testid="ew-overdue">
          {t('queue.deadline.overdue', 'Quá hạn')}
        </Badge>
      ) : null}
    </Flex>
  );
};
