import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useT } from '../utils/useT';
import { useGetReasonCategoriesQuery } from './api';

/** The category of a return's or an unpublish's reason, required with its text (the statistics count returns by it). */
export const ReasonCategorySelect = ({ value, onChange }: { value: string | undefined; onChange: (code: string) => void }) => {
  const t = useT();
  const { data: categories = [] } = useGetReasonCategoriesQuery();
  return (
    <Field.Root name="ew-reason-category" hint={t('panel.reasonCategory.hint', 'Bắt buộc khi trả lại hoặc gỡ bài, cùng với ý kiến.')}>
      <Field.Label>{t('panel.reasonCategory', 'Loại lý do')}</Field.Label>
      <SingleSelect
        data-testid="ew-reason-category"
        value={value}
        onChange={(code: string | number) => onChange(String(code))}
        placeholder={t('panel.reasonCategory.placeholder', 'Chọn loại lý do')}
      >
        {categories.map((category) => (
          <SingleSelectOption key={category.code} value={category.code}>
            {category.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
    </Field.Root>
  );
};
