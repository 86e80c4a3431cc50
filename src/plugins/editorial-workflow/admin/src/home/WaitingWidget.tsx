import { Flex, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../../../shared/permissions';
import { HomeBlock } from './HomeBlock';
import { StateCountList } from './StateCountList';
import { useHomeText } from './messages';

/** What waits for the person, by tab of their queue (the counts of its tabs and of the menu badge). */
export const WaitingWidget = () => {
  const say = useHomeText();
  return (
    <HomeBlock>
      {({ waiting }) => (
        <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-home-waiting">
          <Typography variant="beta" tag="p" data-testid="ew-home-waiting-total">
            {waiting.total > 0
              ? say('waiting.total', '{count} tin bài đang chờ bạn', { count: waiting.total })
              : say('waiting.empty', 'Không có tin bài nào chờ bạn xử lý.')}
          </Typography>
          <StateCountList byState={waiting.byState} hrefOf={(state) => `/plugins/${PLUGIN_ID}?state=${state}`} testId="ew-home-waiting" />
        </Flex>
      )}
    </HomeBlock>
  );
};
