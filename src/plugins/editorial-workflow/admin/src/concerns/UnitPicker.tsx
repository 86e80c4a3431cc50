import * as React from 'react';
import { Combobox, ComboboxOption, Field, Flex, Tag } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import type { ConcernUnitChoice } from '../../../shared/contracts/concerns';
import { useGetConcernUnitsQuery } from './api';
import { useConcernsText } from './messages';

/**
 * The units a concern names: a search box over every active unit (hundreds, with the schools), each
 * pick added as a tag that can be removed. The API takes at most `max` of them. `name` keeps the
 * filing form's and the work form's pickers apart (field names, test ids).
 */
export const UnitPicker = ({ value, onChange, max, name = 'ew-concern-form-units' }: { value: number[]; onChange: (ids: number[]) => void; max: number; name?: string }) => {
  const say = useConcernsText();
  const { data: units = [] } = useGetConcernUnitsQuery();
  // The combobox's own text; emptied after each pick so that the next search starts afresh.
  const [search, setSearch] = React.useState('');
  const byId = React.useMemo(() => new Map(units.map((unit) => [unit.id, unit])), [units]);
  const left: ConcernUnitChoice[] = units.filter((unit) => !value.includes(unit.id));

  return (
    <Field.Root name={name} hint={say('form.unitsHint', 'Gõ tên để tìm; chọn bao nhiêu đơn vị tùy ý.')}>
      <Field.Label>{say('form.units', 'Đơn vị liên quan')}</Field.Label>
      <Combobox
        value=""
        textValue={search}
        onTextValueChange={setSearch}
        filterValue={search}
        onFilterValueChange={setSearch}
        placeholder={say('form.unitsSearch', 'Tìm đơn vị liên quan')}
        autocomplete={{ type: 'list', filter: 'contains' }}
        disabled={value.length >= max}
        noOptionsMessage={() => say('form.noUnit', 'Không có đơn vị phù hợp')}
        onChange={(next?: string) => {
          if (!next) return;
          setSearch('');
          onChange([...value, Number(next)]);
        }}
        data-testid={name}
      >
        {left.map((unit) => (
          <ComboboxOption key={unit.id} value={String(unit.id)}>{unit.name}</ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      {value.length > 0 ? (
        <Flex gap={2} wrap="wrap" paddingTop={2} data-testid={`${name}-chosen`}>
          {value.map((id) => {
            const name = byId.get(id)?.name ?? `#${id}`;
            return (
              <Tag key={id} icon={<Cross aria-hidden />} onClick={() => onChange(value.filter((other) => other !== id))} label={say('form.unitRemove', 'Bỏ {name}', { name })}>
                {name}
              </Tag>
            );
          })}
        </Flex>
      ) : null}
    </Field.Root>
  );
};
