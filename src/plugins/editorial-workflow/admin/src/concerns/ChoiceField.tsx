import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

/** A labelled select over a fixed list of `[value, label]` choices (severity, status, entry kind). */
export function ChoiceField<T extends string>({ name, label, value, choices, onChange }: {
  name: string;
  label: string;
  value: T;
  choices: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={value} onChange={(picked: string | number) => onChange(String(picked) as T)} data-testid={name}>
        {choices.map(([choice, text]) => (
          <SingleSelectOption key={choice} value={choice}>{text}</SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
}
