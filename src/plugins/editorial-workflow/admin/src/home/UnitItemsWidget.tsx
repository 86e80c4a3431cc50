import { Flex, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../../../shared/permissions';
import { HomeBlock } from './HomeBlock';
import { StateCountList } from './StateCountList';
import { useHomeText } from './messages';

/** Names shown before "and N more": the block stays readable for a person of many units. */
const NAMED_UNITS = 2;

/** Every item of the person's units, by state: where the unit's work stands. */
export const UnitItemsWidget = () => {
  const say = useHomeText();
  return (
    <HomeBlock>
      {({ unitItems }) => {
        if (unitItems.units.length === 0) {
          return (
            <Typography textColor="neutral600" data-testid="ew-home-unit-items">
              {say('unitItems.noUnit', 'Tài khoản của bạn chưa thuộc đơn vị nào.')}
            </Typography>
          );
        }
        const named = unitItems.units.slice(0, NAMED_UNITS).map((unit) => unit.name).join(', ');
        const more = unitItems.units.length - NAMED_UNITS;
        return (
          <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-home-unit-items">
            <Typography variant="pi" textColor="neutral600" tag="p">
              {more > 0 ? say('unitItems.unitsMore', '{units} và {more} đơn vị khác', { units: named, more }) : named}
            </Typography>
            <Typography variant="beta" tag="p">
              {say('unitItems.total', '{count} tin bài', { count: unitItems.total })}
            </Typography>
            <StateCountList
              byState={unitItems.byState}
              hrefOf={(state) => `/plugins/${PLUGIN_ID}?view=unit&state=${state}`}
              testId="ew-home-unit-items"
            />
          </Flex>
        );
      }}
    </HomeBlock>
  );
};
