import { ACTION_LABELS, ROLE_LABELS, STATE_LABELS, type ActingRole, type WorkflowAction, type WorkflowState } from '../../../shared/state-machine';
import { getTranslation } from './getTranslation';

/**
 * Message descriptors for the workflow's words. The Vietnamese defaults are the shared labels the
 * server uses in e-mails and errors, so the panel and the mail say the same thing.
 */
export const stateMessage = (state: WorkflowState) => ({ id: getTranslation(`state.${state}`), defaultMessage: STATE_LABELS[state] });

export const actionMessage = (action: WorkflowAction) => ({ id: getTranslation(`action.${action}`), defaultMessage: ACTION_LABELS[action] });

export const roleMessage = (role: ActingRole) => ({ id: getTranslation(`role.${role}`), defaultMessage: ROLE_LABELS[role] });

/** History also records edits and schedules, which are not actions of the state machine. */
export const historyActionMessage = (action: string) => ({ id: getTranslation(`history.action.${action}`), defaultMessage: action });

export const kindMessage = (kind: string) => ({ id: getTranslation(`kind.${kind}`), defaultMessage: kind });
