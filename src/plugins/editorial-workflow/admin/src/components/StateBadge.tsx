import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { STATE_LABELS, type WorkflowState } from '../../../shared/state-machine';
import { STATE_COLORS } from '../constants';
import { stateMessage } from '../utils/labels';

/**
 * The state at a glance, in the colour of its stage.
 * `label`: the server's name of the state for this item, when its lane names it otherwise (an
 * official response awaiting approval waits on the leadership, not a head); else the translation.
 */
export const StateBadge = ({ state, testId, label }: { state: WorkflowState; testId?: string; label?: string }) => {
  const { formatMessage } = useIntl();
  const colors = STATE_COLORS[state];
  const ownName = label !== undefined && label !== STATE_LABELS[state];
  return (
    <Badge backgroundColor={colors.background} textColor={colors.text} data-testid={testId} data-state={state}>
      {ownName ? label : formatMessage(stateMessage(state))}
    </Badge>
  );
};
