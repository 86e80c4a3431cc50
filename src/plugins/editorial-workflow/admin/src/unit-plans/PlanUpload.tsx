import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { describeError } from '../utils/errors';
import { UNIT_PLAN_ACCEPT } from '../../../shared/contracts/unit-plans';
import { useFileUnitPlanMutation } from './api';

/**
 * Filing (or refiling) a unit's plan: the document (PDF, DOCX, ODT) goes through the media library (`POST /upload`, the
 * archive's rules check its bytes; it stays private), then is named by its id in the filing.
 */
export const PlanUpload = ({ unitId, year, refile }: { unitId: number; year: number; refile: boolean }) => {
  const { post } = useFetchClient();
  const [fileUnitPlan] = useFileUnitPlanMutation();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('files', file, file.name);
      const response = await post<Array<{ id: number }>>('/upload', form);
      await fileUnitPlan({ unitId, year, fileId: response.data[0].id }).unwrap();
    } catch (failure) {
      setError(describeError(failure).message ?? 'Không nộp được kế hoạch. Hãy thử lại.');
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <input
        ref={input}
        type="file"
        accept={UNIT_PLAN_ACCEPT}
        hidden
        data-testid={`ew-unit-plan-input-${unitId}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <Button size="S" variant={refile ? 'tertiary' : 'default'} loading={busy} onClick={() => input.current?.click()}>
        {refile ? 'Nộp lại' : 'Nộp kế hoạch (PDF, DOCX, ODT)'}
      </Button>
      {error ? <Typography textColor="danger600" role="alert" variant="pi">{error}</Typography> : null}
    </Flex>
  );
};
