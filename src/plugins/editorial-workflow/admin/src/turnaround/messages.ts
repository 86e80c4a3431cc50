import * as React from 'react';
import { useIntl } from 'react-intl';
import { AGE_BUCKETS, BACKLOG_STATES, type AgeBucket, type BacklogState } from '../../../shared/contracts/turnaround';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The section's strings live in translations/turnaround, under `turnaround.` (checked by turnaround/__tests__/translations.test.ts). */
export const turnaroundMessageId = (id: string) => `${PLUGIN_ID}.turnaround.${id}`;

const STATE_DEFAULTS: Record<BacklogState, string> = {
  in_review: 'Đang biên tập',
  awaiting_approval: 'Chờ Trưởng phòng duyệt',
  approved: 'Đã duyệt, chờ đăng',
};

const BUCKET_DEFAULTS: Record<AgeBucket, string> = {
  'under-1': 'Dưới 1 ngày',
  '1-2': '1–2 ngày',
  '2-5': '2–5 ngày',
  'over-5': 'Trên 5 ngày',
};

/** `say('title', 'Thời gian xử lý và tồn đọng')`, the state and age-bucket labels, and figures in Vietnamese number format. */
export function useTurnaroundText() {
  const { formatMessage, formatNumber } = useIntl();
  return React.useMemo(() => {
    const say = (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: turnaroundMessageId(id), defaultMessage }, values);
    return {
      say,
      stateLabel: (state: BacklogState) => formatMessage({ id: turnaroundMessageId(`state.${state}`), defaultMessage: STATE_DEFAULTS[state] }),
      bucketLabel: (bucket: AgeBucket) => formatMessage({ id: turnaroundMessageId(`bucket.${bucket}`), defaultMessage: BUCKET_DEFAULTS[bucket] }),
      /** Working days to one decimal (1,8), or a dash when there is no figure. */
      days: (value: number | null) => (value === null ? '—' : formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    };
  }, [formatMessage, formatNumber]);
}

/** The ids built from the enumerations, for the translations test. */
export const TEMPLATE_IDS = [...BACKLOG_STATES.map((state) => `turnaround.state.${state}`), ...AGE_BUCKETS.map((bucket) => `turnaround.bucket.${bucket}`)];
