import * as React from 'react';
import { Field, Flex, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { UnitKind } from '../../../shared/contracts/stats';
import { useT } from '../utils/useT';
import { UNIT_KINDS, useNetworkLabels } from './labels';

export interface UnitSearchValue {
  q: string;
  kind: UnitKind | '';
}

/** The search box (diacritics optional) and the kind filter shared by the units list and the directory. */
export const UnitSearch = ({ value, onChange, testId }: { value: UnitSearchValue; onChange: (value: UnitSearchValue) => void; testId: string }) => {
  const t = useT();
  const { kindLabel } = useNetworkLabels();
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
        <Field.Root name={`${testId}-q`} hint={t('network.search.hint', 'Tên hoặc mã đơn vị, có dấu hoặc không: "muong phang" tìm được "Mường Phăng".')}>
          <Field.Label>{t('network.search.label', 'Tìm đơn vị')}</Field.Label>
          <Field.Input
            type="search"
            data-testid={`${testId}-search`}
            value={value.q}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, q: event.target.value })}
          />
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <Flex direction="column" alignItems="stretch">
          <Field.Root name={`${testId}-kind`}>
            <Field.Label>{t('network.search.kind', 'Loại đơn vị')}</Field.Label>
            <SingleSelect
              data-testid={`${testId}-kind`}
              placeholder={t('network.search.allKinds', 'Tất cả loại đơn vị')}
              value={value.kind}
              onChange={(kind: string | number) => onChange({ ...value, kind: String(kind) as UnitKind })}
              onClear={() => onChange({ ...value, kind: '' })}
            >
              {UNIT_KINDS.map((kind) => (
                <SingleSelectOption key={kind} value={kind}>
                  {kindLabel(kind)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Flex>
      </Grid.Item>
    </Grid.Root>
  );
};
