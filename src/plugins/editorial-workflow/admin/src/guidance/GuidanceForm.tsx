import * as React from 'react';
import { Box, Button, Field, Flex, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { GUIDANCE_AUDIENCE_LABELS, GUIDANCE_AUDIENCES, type GuidanceAudience } from '../../../shared/contracts/guidance';
import { describeError } from '../utils/errors';
import { useGetGuidanceUnitsQuery, useSendGuidanceMutation } from './api';

const UNIT_KIND_LABELS: Record<string, string> = {
  department: 'Phòng chuyên môn của Sở',
  'commune-culture': 'Phòng Văn hoá - Xã hội xã, phường',
  affiliated: 'Đơn vị trực thuộc',
  school: 'Trường học',
  association: 'Hội, đoàn thể',
};

/** The Office's form: a title, the note, and who receives it (all units, units of some kinds, or chosen units). */
export function GuidanceForm({ onSent }: { onSent: (id: number) => void }) {
  const units = useGetGuidanceUnitsQuery();
  const [send, sending] = useSendGuidanceMutation();
  const [title, setTitle] = React.useState('');
  const [body, setBody] = React.useState('');
  const [audience, setAudience] = React.useState<GuidanceAudience>('all');
  const [kinds, setKinds] = React.useState<string[]>([]);
  const [unitIds, setUnitIds] = React.useState<string[]>([]);
  const submit = async () => {
    const result = await send({
      title,
      body,
      audience,
      ...(audience === 'kinds' ? { unitKinds: kinds } : {}),
      ...(audience === 'units' ? { unitIds: unitIds.map(Number) } : {}),
    });
    if ('data' in result && result.data) onSent(result.data.id);
  };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-guidance-form">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta">Gửi định hướng tuyên truyền</Typography>
        <Field.Root name="ew-guidance-title" required>
          <Field.Label>Tiêu đề</Field.Label>
          <TextInput value={title} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)} data-testid="ew-guidance-form-title" />
        </Field.Root>
        <Field.Root name="ew-guidance-body" required>
          <Field.Label>Nội dung định hướng</Field.Label>
          <Textarea value={body} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)} data-testid="ew-guidance-form-body" />
        </Field.Root>
        <Field.Root name="ew-guidance-audience">
          <Field.Label>Nơi nhận</Field.Label>
          <SingleSelect value={audience} onChange={(next: string | number) => setAudience(String(next) as GuidanceAudience)}>
            {GUIDANCE_AUDIENCES.map((value) => (
              <SingleSelectOption key={value} value={value}>
                {GUIDANCE_AUDIENCE_LABELS[value]}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {audience === 'kinds' ? (
          <Field.Root name="ew-guidance-kinds">
            <Field.Label>Loại đơn vị</Field.Label>
            <MultiSelect value={kinds} onChange={(next: string[]) => setKinds(next)} withTags>
              {Object.entries(UNIT_KIND_LABELS).map(([value, label]) => (
                <MultiSelectOption key={value} value={value}>
                  {label}
                </MultiSelectOption>
              ))}
            </MultiSelect>
          </Field.Root>
        ) : null}
        {audience === 'units' ? (
          <Field.Root name="ew-guidance-units">
            <Field.Label>Đơn vị nhận</Field.Label>
            <MultiSelect value={unitIds} onChange={(next: string[]) => setUnitIds(next)} withTags>
              {(units.data ?? []).map((unit) => (
                <MultiSelectOption key={unit.id} value={String(unit.id)}>
                  {`${unit.code} · ${unit.name}`}
                </MultiSelectOption>
              ))}
            </MultiSelect>
          </Field.Root>
        ) : null}
        {sending.error ? (
          <Typography textColor="danger600" role="alert">
            {describeError(sending.error).message ?? 'Không gửi được định hướng.'}
          </Typography>
        ) : null}
        <Flex>
          <Button onClick={submit} loading={sending.isLoading} data-testid="ew-guidance-form-send">
            Gửi định hướng
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}
