import { useIntl } from 'react-intl';
import { getTranslation } from './getTranslation';

/**
 * `t('panel.title', 'Quy trình biên tập')`: a plugin message with its Vietnamese default. Every id
 * passed here must be in translations/workflow/{vi,en}.json (checked by a unit test).
 */
export function useT() {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
}
