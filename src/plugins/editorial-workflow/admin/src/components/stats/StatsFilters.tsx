import * as React from 'react';
import { Box, Button, Combobox, ComboboxOption, DatePicker, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { PRESETS, dateFromPicker, pickerValueOf, presetOf, presetRange, type Preset } from '../../pages/stats/dates';
import type { GridFilters } from '../../pages/stats/query';
import { UNIT_KINDS, type Granularity, type UnitRef } from '../../pages/stats/types';
import { useStatsMessages } from '../../pages/stats/useStatsMessages';

/** Radix selects refuse an empty value: "every kind" is this one. */
const ALL = 'all';

type StatsFiltersProps = {
  value: GridFilters;
  onChange: (next: GridFilters) => void;
  /** The units in the person's scope (of the chosen kind), for the unit picker. */
  units: readonly UnitRef[];
  today: string;
};

/** Kind, unit, period (presets or two dates) and granularity: the grid, the trend and the exports follow them. */
export const StatsFilters = ({ value, onChange, units, today }: StatsFiltersProps) => {
  const { t, kindLabel } = useStatsMessages();
  const activePreset = presetOf(value, today);
  // Stable Dates: the picker resets its text whenever its value changes identity.
  const fromDate = React.useMemo(() => pickerValueOf(value.from), [value.from]);
  const toDate = React.useMemo(() => pickerValueOf(value.to), [value.to]);
  const set = (patch: Partial<GridFilters>) => onChange({ ...value, ...patch });
  const presetLabels: Record<Preset, string> = {
    thisMonth: t('preset.thisMonth', 'Tháng này'),
    last3Months: t('preset.last3Months', '3 tháng gần đây'),
    thisSchoolYear: t('preset.thisSchoolYear', 'Năm học này'),
    lastSchoolYear: t('preset.lastSchoolYear', 'Năm học trước'),
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" role="group" aria-label={t('filters.presets', 'Khoảng thời gian có sẵn')}>
          {PRESETS.map((preset) => (
            <Button
              key={preset}
              size="S"
              variant={activePreset === preset ? 'secondary' : 'tertiary'}
              aria-pressed={activePreset === preset}
              onClick={() => set(presetRange(preset, today))}
            >
              {presetLabels[preset]}
            </Button>
          ))}
        </Flex>
        <Flex gap={4} wrap="wrap" alignItems="flex-end">
          <Box minWidth="16rem">
            <Field.Root name="unitKind">
              <Field.Label>{t('filters.unitKind', 'Loại đơn vị')}</Field.Label>
              <SingleSelect
                value={value.unitKind || ALL}
                onChange={(kind) => set({ unitKind: kind === ALL ? '' : String(kind), unit: '' })}
              >
                <SingleSelectOption value={ALL}>{t('filters.allKinds', 'Tất cả loại đơn vị')}</SingleSelectOption>
                {UNIT_KINDS.map((kind) => (
                  <SingleSelectOption key={kind} value={kind}>
                    {kindLabel(kind)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box minWidth="22rem">
            <Field.Root name="unit">
              <Field.Label>{t('filters.unit', 'Đơn vị')}</Field.Label>
              <Combobox
                value={value.unit || undefined}
                placeholder={t('filters.allUnits', 'Tất cả đơn vị (gõ tên hoặc mã để tìm)')}
                autocomplete={{ type: 'list', filter: 'contains' }}
                onChange={(code) => set({ unit: code ?? '' })}
                onClear={() => set({ unit: '' })}
                clearLabel={t('filters.clearUnit', 'Bỏ chọn đơn vị')}
                noOptionsMessage={() => t('filters.noUnit', 'Không có đơn vị phù hợp')}
              >
                {units.map((unit) => (
                  <ComboboxOption key={unit.code} value={unit.code}>
                    {`${unit.name} (${unit.code})`}
                  </ComboboxOption>
                ))}
              </Combobox>
            </Field.Root>
          </Box>
          <Box>
            <Field.Root name="from">
              <Field.Label>{t('filters.from', 'Từ ngày')}</Field.Label>
              <DatePicker
                locale="vi-VN"
                value={fromDate}
                onChange={(date) => date && set({ from: dateFromPicker(date) })}
                clearLabel={t('filters.clearDate', 'Xoá ngày')}
              />
            </Field.Root>
          </Box>
          <Box>
            <Field.Root name="to">
              <Field.Label>{t('filters.to', 'Đến ngày')}</Field.Label>
              <DatePicker
                locale="vi-VN"
                value={toDate}
                onChange={(date) => date && set({ to: dateFromPicker(date) })}
                clearLabel={t('filters.clearDate', 'Xoá ngày')}
              />
            </Field.Root>
          </Box>
          <Box minWidth="12rem">
            <Field.Root name="granularity">
              <Field.Label>{t('filters.granularity', 'Theo')}</Field.Label>
              <SingleSelect value={value.granularity} onChange={(g) => set({ granularity: g as Granularity })}>
                <SingleSelectOption value="week">{t('granularity.week', 'Tuần')}</SingleSelectOption>
                <SingleSelectOption value="month">{t('granularity.month', 'Tháng')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
          </Box>
        </Flex>
      </Flex>
    </Box>
  );
};
