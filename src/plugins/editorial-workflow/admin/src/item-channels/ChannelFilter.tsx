import * as React from 'react';
import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { CHOSEN_CHANNELS, type ChosenChannel } from '../../../shared/contracts/item-channels';
import { CHANNEL_LABELS } from '../../../shared/contracts/channels';
import { useT } from '../utils/useT';

/** The queue's filter by channel: the items marked for the fanpage, the portal or the press (the website: every one). */
export const ChannelFilter = ({ value, onChange, testId }: { value: ChosenChannel | undefined; onChange: (channel: ChosenChannel | undefined) => void; testId: string }) => {
  const t = useT();
  return (
    <SingleSelect
      data-testid={testId}
      aria-label={t('queue.filter.channel', 'Kênh đăng')}
      placeholder={t('queue.filter.channel.all', 'Mọi kênh')}
      value={value ?? ''}
      onChange={(next: string | number) => onChange((String(next) || undefined) as ChosenChannel | undefined)}
      onClear={() => onChange(undefined)}
    >
      {CHOSEN_CHANNELS.map((channel) => (
        <SingleSelectOption key={channel} value={channel}>
          {CHANNEL_LABELS[channel]}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
};
