import * as React from 'react';
import { Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import type { ConsultationSettingsInput } from '../../../shared/contracts/consultations';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useGetConsultationQuery, useSaveConsultationMutation } from './api';

const EMPTY: ConsultationSettingsInput = { opensOn: '', closesOn: '', draftFileId: null, departmentCode: '' };

/**
 * "Lấy ý kiến" in the workflow side panel of a consultation item (issue 22): the days the public may
 * comment (Vietnam days, both included), the department whose queue receives the comments, and the
 * draft (the id of a PDF or DOCX of the media library). The item's author or editor saves it; the
 * others read it. The item itself goes through the workflow like any other.
 */
export const ConsultationSection = ({ documentId }: { documentId: string }) => {
  const t = useT();
  const { data, error, isLoading } = useGetConsultationQuery(documentId);
  const [save, { isLoading: saving }] = useSaveConsultationMutation();
  const [form, setForm] = React.useState<ConsultationSettingsInput>(EMPTY);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | null>(null);

  React.useEffect(() => {
    const settings = data?.settings;
    if (settings) setForm({ opensOn: settings.opensOn, closesOn: settings.closesOn, draftFileId: settings.draftFileId, departmentCode: settings.departmentCode });
  }, [data]);

  if (!data) {
    if (error) {
      return (
        <Typography variant="pi" textColor="danger600" data-testid="ew-consultation-error">
          {describeError(error).message ?? t('consultation.error.load', 'Không tải được thông tin lấy ý kiến.')}
        </Typography>
      );
    }
    return isLoading ? <Loader small>{t('panel.loading', 'Đang tải…')}</Loader> : null;
  }

  const submit = async () => {
    setMessage(null);
    try {
      await save({ documentId, body: form }).unwrap();
      setMessage({ error: false, text: t('consultation.saved', 'Đã lưu thời gian và dự thảo lấy ý kiến.') });
    } catch (failure) {
      setMessage({ error: true, text: describeError(failure).message ?? t('consultation.error.save', 'Không lưu được thông tin lấy ý kiến.') });
    }
  };
  const set = (changes: Partial<ConsultationSettingsInput>) => setForm((current) => ({ ...current, ...changes }));
  const readOnly = !data.canEdit;

  return (
    <Box data-testid="ew-consultation">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('consultation.title', 'Lấy ý kiến')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
        {data.settings ? (
          <Typography variant="pi" data-testid="ew-consultation-status">
            {data.settings.statusLabel}
          </Typography>
        ) : null}
        <Field.Root name="opensOn">
          <Field.Label>{t('consultation.opensOn', 'Ngày bắt đầu nhận ý kiến')}</Field.Label>
          <TextInput type="date" value={form.opensOn} disabled={readOnly} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ opensOn: e.target.value })} data-testid="ew-consultation-opens" />
        </Field.Root>
        <Field.Root name="closesOn">
          <Field.Label>{t('consultation.closesOn', 'Ngày kết thúc nhận ý kiến (hết ngày, giờ Việt Nam)')}</Field.Label>
          <TextInput type="date" value={form.closesOn} disabled={readOnly} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ closesOn: e.target.value })} data-testid="ew-consultation-closes" />
        </Field.Root>
        <Field.Root name="departmentCode">
          <Field.Label>{t('consultation.department', 'Phòng phụ trách tiếp nhận ý kiến')}</Field.Label>
          <SingleSelect
            value={form.departmentCode}
            disabled={readOnly}
            placeholder={t('consultation.department.placeholder', 'Chọn phòng')}
            onChange={(value: string | number) => set({ departmentCode: String(value) })}
            data-testid="ew-consultation-department"
          >
            {data.departments.map((department) => (
              <SingleSelectOption key={department.code} value={department.code}>
                {department.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="draftFileId" hint={t('consultation.draft.hint', 'Số id của tệp PDF hoặc DOCX trong Thư viện media.')}>
          <Field.Label>{t('consultation.draft', 'Tệp dự thảo')}</Field.Label>
          <TextInput
            value={form.draftFileId === null ? '' : String(form.draftFileId)}
            disabled={readOnly}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ draftFileId: e.target.value.trim() === '' ? null : Number(e.target.value) })}
            data-testid="ew-consultation-draft"
          />
          <Field.Hint />
        </Field.Root>
        {data.settings?.draftFile ? <Typography variant="pi">{data.settings.draftFile.name}</Typography> : null}
        {message ? (
          <Typography variant="pi" textColor={message.error ? 'danger600' : 'success600'} data-testid="ew-consultation-message">
            {message.text}
          </Typography>
        ) : null}
        {readOnly ? null : (
          <Button onClick={submit} loading={saving} variant="secondary" data-testid="ew-consultation-save">
            {t('consultation.save', 'Lưu thông tin lấy ý kiến')}
          </Button>
        )}
      </Flex>
    </Box>
  );
};
