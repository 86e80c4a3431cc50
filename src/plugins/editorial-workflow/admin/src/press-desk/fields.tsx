import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption, TextInput, Textarea } from '@strapi/design-system';

/** A Vietnam wall-clock time typed in a `datetime-local` box, as an instant (UTC+7 all year). */
export const fromVietnamInput = (value: string): string => new Date(`${value}:00+07:00`).toISOString();
/** An instant as a `datetime-local` box shows it, in Vietnam time. */
export const toVietnamInput = (instant: number): string => new Date(instant + 7 * 3_600_000).toISOString().slice(0, 16);

interface TextProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  type?: string;
  multiline?: boolean;
}

/** One labelled text box of the desk's forms; `data-testid` is `ew-desk-<id>`. */
export const TextField = ({ id, label, value, onChange, required, type, multiline }: TextProps) => (
  <Field.Root name={id} required={required}>
    <Field.Label>{label}</Field.Label>
    {multiline ? (
      <Textarea value={value} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} data-testid={`ew-desk-${id}`} />
    ) : (
      <TextInput type={type} value={value} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} data-testid={`ew-desk-${id}`} />
    )}
  </Field.Root>
);

interface SelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<{ id: number | string; name: string }>;
  required?: boolean;
  placeholder?: string;
}

/** One labelled choice of the desk's forms. */
export const SelectField = ({ id, label, value, onChange, options, required, placeholder }: SelectProps) => (
  <Field.Root name={id} required={required}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} placeholder={placeholder} onChange={(next: string | number) => onChange(String(next))} data-testid={`ew-desk-${id}`}>
      {options.map((option) => (
        <SingleSelectOption key={option.id} value={String(option.id)}>
          {option.name}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);
