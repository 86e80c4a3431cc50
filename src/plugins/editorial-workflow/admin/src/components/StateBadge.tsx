import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { WorkflowState } from '../../../shared/state-machine';
import { STATE_COLORS } from '../constants';
import { stateMessage } from '../utils/labels';

/** The state at a glance, in the colour of its stage. */
export const StateBadge = ({ state, testId }: { state: WorkflowState; testId?: string }) => {
  const { formatMessage } = useIntl();
  const colors = STATE_COLORS[state];
  return (
    <Badge backgroundColor={colors.background} textColor={colors.text} data-testid={testId} data-state={state}>
      {formatMessage(stateMessage(state))}
    </Badge>
  );
};
