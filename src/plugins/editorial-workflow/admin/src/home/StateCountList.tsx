import { Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { STATES, type WorkflowState } from '../../../shared/state-machine';
import { StateBadge } from '../components/StateBadge';

/** Counts by state, in the workflow's order, each opening the list of those items. */
export const StateCountList = ({
  byState,
  hrefOf,
  testId,
}: {
  byState: Partial<Record<WorkflowState, number>>;
  hrefOf: (state: WorkflowState) => string;
  testId: string;
}) => (
  <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
    {STATES.filter((state) => byState[state] !== undefined).map((state) => (
      <Flex key={state} tag="li" justifyContent="space-between" gap={2} data-testid={`${testId}-${state}`}>
        <Link to={hrefOf(state)}>
          <StateBadge state={state} />
        </Link>
        <Typography fontWeight="bold" data-testid={`${testId}-${state}-count`}>
          {byState[state]}
        </Typography>
      </Flex>
    ))}
  </Flex>
);
