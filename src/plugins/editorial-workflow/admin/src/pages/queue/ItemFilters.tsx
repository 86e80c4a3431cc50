import * as React from 'react';
import { Combobox, ComboboxOption, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { QueueFilters } from '../../../../shared/contracts';
import { kindMessage } from '../../utils/labels';
import { useT } from '../../utils/useT';
import type { QueueSearch } from './query';

/** The filters both queue tabs share: the item's unit, topic and kind, kept in the address. */
interface FilterProps {
  query: QueueSearch;
  change: (patch: Partial<QueueSearch>) => void;
  testId: string;
}

export const UnitFilter = ({ query, change, testId, units }: FilterProps & { units: QueueFilters['units'] | QueueFilters['unitItems'] }) => {
  const t = useT();
  return (
    <Combobox
      data-testid={testId}
      aria-label={t('queue.filter.unit', 'Đơn vị')}
      placeholder={t('queue.filter.unit.all', 'Tất cả đơn vị')}
      value={query.unit ?? ''}
      onChange={(value?: string) => change({ unit: value || undefined })}
      onClear={() => change({ unit: undefined })}
      noOptionsMessage={() => t('queue.filter.noOptions', 'Không có lựa chọn phù hợp')}
    >
      {units.map((unit) => (
        <ComboboxOption key={unit.code} value={unit.code}>
          {unit.name}
        </ComboboxOption>
      ))}
    </Combobox>
  );
};

export const TopicFilter = ({ query, change, testId, filters }: FilterProps & { filters: QueueFilters | undefined }) => {
  const t = useT();
  return (
    <SingleSelect
      data-testid={testId}
      aria-label={t('queue.filter.topic', 'Chủ đề')}
      placeholder={t('queue.filter.topic.all', 'Tất cả chủ đề')}
      value={query.topic ?? ''}
      onChange={(value: string | number) => change({ topic: String(value) || undefined })}
      onClear={() => change({ topic: undefined })}
    >
      {(filters?.topics ?? []).map((topic) => (
        <SingleSelectOption key={topic.code} value={topic.code}>
          {`${topic.code}. ${topic.title}`}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
};

export const KindFilter = ({ query, change, testId, filters }: FilterProps & { filters: QueueFilters | undefined }) => {
  const t = useT();
  const { formatMessage } = useIntl();
  return (
    <SingleSelect
      data-testid={testId}
      aria-label={t('queue.filter.kind', 'Loại tin bài')}
      placeholder={t('queue.filter.kind.all', 'Tất cả loại')}
      value={query.kind ?? ''}
      onChange={(value: string | number) => change({ kind: String(value) || undefined })}
      onClear={() => change({ kind: undefined })}
    >
      {(filters?.kinds ?? []).map((kind) => (
        <SingleSelectOption key={kind} value={kind}>
          {formatMessage(kindMessage(kind))}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
};
