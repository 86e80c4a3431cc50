import { ChartPie, Feather } from '@strapi/icons';
import { styled } from 'styled-components';
import { useQueueCount } from '../queue-count';

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
