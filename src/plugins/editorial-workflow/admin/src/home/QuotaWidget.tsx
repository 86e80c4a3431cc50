import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { QuotaProgress } from '../../../shared/contracts/home';
import { METRIC_LABELS } from '../../../shared/contracts/stats';
import { PLUGIN_ID } from '../../../shared/permissions';
import { HomeBlock } from './HomeBlock';
import { useHomeText } from './messages';

/** `2026-12-06` as `06/12`: the periods are Vietnam dates already. */
const dayMonth = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;
/** `2026-12` as `12/2026`. */
const monthYear = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** How far the count is towards the quota (the design system's ProgressBar is drawn for dark backgrounds). */
const Bar = ({ share, met }: { share: number; met: boolean }) => {
  const percent = Math.min(100, Math.round(share * 100));
  return (
    <Box marginTop={1} background="neutral150" hasRadius overflow="hidden" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <Box background={met ? 'success500' : 'primary600'} hasRadius style={{ width: `${percent}%`, height: '0.6rem' }} />
    </Box>
  );
};

const Progress = ({ progress }: { progress: QuotaProgress }) => {
  const say = useHomeText();
  const { formatMessage } = useIntl();
  // The statistics page's own label of the metric (translations/stats).
  const label = formatMessage({ id: `${PLUGIN_ID}.stats.metric.${progress.metric}`, defaultMessage: METRIC_LABELS[progress.metric] });
  const when = progress.granularity === 'week' ? say('quota.perWeek', 'tuần này') : say('quota.perMonth', 'tháng này');
  const figure =
    progress.quota > 0
      ? say('quota.figure', '{count}/{quota}', { count: progress.count, quota: progress.quota })
      : say('quota.encouraged', '{count} (khuyến khích)', { count: progress.count });
  return (
    <Box tag="li" data-testid={`ew-home-quota-${progress.metric}-${progress.granularity}`} data-met={String(progress.met)}>
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="omega">
          {label} ({when})
        </Typography>
        <Typography variant="omega" fontWeight="bold" textColor={progress.met ? 'success600' : 'neutral800'}>
          {figure}
        </Typography>
      </Flex>
      {progress.quota > 0 ? (
        <Bar share={progress.count / progress.quota} met={progress.met === true} />
      ) : null}
    </Box>
  );
};

/** This week's and this month's quotas of the person's units or department, as the statistics page counts them. */
export const QuotaWidget = () => {
  const say = useHomeText();
  return (
    <HomeBlock>
      {({ quota }) => {
        const withQuota = quota.units.filter((entry) => entry.progress.length > 0);
        return (
          <Flex direction="column" alignItems="stretch" gap={3} data-testid="ew-home-quota">
            <Typography variant="pi" textColor="neutral600" tag="p">
              {say('quota.periods', 'Tuần {week} ({start} – {end}), tháng {month}', {
                week: quota.week.key.slice(6),
                start: dayMonth(quota.week.start),
                end: dayMonth(quota.week.end),
                month: monthYear(quota.month.key),
              })}
            </Typography>
            {withQuota.length === 0 ? (
              <Typography textColor="neutral600">{say('quota.none', 'Đơn vị của bạn không có chỉ tiêu trong kỳ này.')}</Typography>
            ) : (
              withQuota.map(({ unit, progress }) => (
                <Box key={unit.id} data-testid="ew-home-quota-unit" data-unit={unit.code}>
                  <Typography variant="sigma" textColor="neutral700" tag="p">
                    {unit.name}
                  </Typography>
                  <Flex direction="column" alignItems="stretch" gap={2} paddingTop={1} tag="ul">
                    {progress.map((entry) => (
                      <Progress key={`${entry.metric}-${entry.granularity}`} progress={entry} />
                    ))}
                  </Flex>
                </Box>
              ))
            )}
          </Flex>
        );
      }}
    </HomeBlock>
  );
};
