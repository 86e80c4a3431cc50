import * as React from 'react';
import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { describeError } from '../utils/errors';
import { useOpinionReportsText } from './messages';

export interface ScanFile {
  id: number;
  name: string;
}

/**
 * The signed scan (bản ký, PDF), optional: uploaded through the upload plugin (`POST /upload`, the
 * archive's rules apply: a PDF by its bytes, the size limit), then named by its id in the report.
 */
export const ScanUpload = ({ value, onChange }: { value: ScanFile | null; onChange: (file: ScanFile | null) => void }) => {
  const say = useOpinionReportsText();
  const { post } = useFetchClient();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('files', file, file.name);
      const response = await post<Array<{ id: number; name: string }>>('/upload', form);
      const [stored] = response.data;
      onChange({ id: stored.id, name: stored.name });
    } catch (failure) {
      setError(describeError(failure).message ?? say('scan.error', 'Không tải lên được tệp. Hãy thử lại.'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Field.Root name="ew-opinion-scan">
      <Field.Label>{say('scan.label', 'Bản ký (PDF, không bắt buộc)')}</Field.Label>
      <Flex gap={2} alignItems="center" wrap="wrap">
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          disabled={busy}
          data-testid="ew-opinion-scan-input"
          aria-label={say('scan.label', 'Bản ký (PDF, không bắt buộc)')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
        />
        {busy ? <Typography textColor="neutral600">{say('scan.uploading', 'Đang tải lên…')}</Typography> : null}
        {value ? (
          <>
            <Typography data-testid="ew-opinion-scan-name">{value.name}</Typography>
            <Button variant="tertiary" size="S" onClick={() => onChange(null)}>{say('scan.remove', 'Bỏ tệp')}</Button>
          </>
        ) : null}
      </Flex>
      {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
    </Field.Root>
  );
};
