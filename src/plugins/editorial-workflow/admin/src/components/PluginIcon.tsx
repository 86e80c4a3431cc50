import { ChartPie, Feather } from '@strapi/icons';
import { styled } from 'styled-components';
import { QUEUE_POLL_MS } from '../constants';
import { useGetWorkflowQueueCountsQuery } from '../services/api';

const Counter = styled.span`
  position: absolute;
  top: -0.9rem;
  left: 1.2rem;
  min-width: 1.8rem;
  height: 1.8rem;
  padding: 0 0.4rem;
  border-radius: 0.9rem;
  background: ${({ theme }) => theme.colors.danger600};
  color: ${({ theme }) => theme.colors.neutral0};
  font-size: 1.1rem;
  font-weight: 600;
  line-height: 1.8rem;
  text-align: center;
`;

const Anchor = styled.span`
  position: relative;
  display: inline-flex;
`;

/**
 * The number of items waiting for the logged-in person, from the counts the queue page and the
 * transitions keep fresh. The main menu re-creates its icons often: asked again only when the last
 * answer is older than the poll period, and polled at most that often for every icon at once.
 */
function useQueueCount(): number | null {
  const { data, isError } = useGetWorkflowQueueCountsQuery(undefined, {
    pollingInterval: QUEUE_POLL_MS,
    refetchOnMountOrArgChange: QUEUE_POLL_MS / 1000,
  });
  // No workflow permission, or the session ended: no badge rather than an error in the menu.
  return isError ? null : (data?.total ?? null);
}

/**
 * The queue's menu icon with the number of items waiting for the person. Strapi's own
 * `notificationsCount` is fixed when the link is registered, so the icon carries a live one.
 */
export const PluginIcon = () => {
  const count = useQueueCount();
  return (
    <Anchor>
      <Feather />
      {count ? (
        <Counter data-testid="ew-queue-badge" aria-label={String(count)}>
          {count > 99 ? '99+' : count}
        </Counter>
      ) : null}
    </Anchor>
  );
};

export const StatsIcon = () => <ChartPie />;
