import * as React from 'react';
import { Badge, Flex } from '@strapi/design-system';
import { CHANNEL_BADGES, type ChosenChannel } from '../../../shared/contracts/item-channels';
import { CHANNEL_LABELS } from '../../../shared/contracts/channels';

/** The channels an item goes to on top of the website, as small badges (the queue's column). */
export const ChannelBadges = ({ channels }: { channels: ChosenChannel[] }) =>
  channels.length === 0 ? null : (
    <Flex gap={1} wrap="wrap" data-testid="ew-channel-badges">
      {channels.map((channel) => (
        <Badge key={channel} title={CHANNEL_LABELS[channel]} data-testid={`ew-channel-badge-${channel}`}>
          {CHANNEL_BADGES[channel]}
        </Badge>
      ))}
    </Flex>
  );
