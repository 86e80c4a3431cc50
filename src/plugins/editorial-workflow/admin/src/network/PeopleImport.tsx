import * as React from 'react';
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import type { PeopleImportReport } from '../../../shared/contracts/network-import';
import { PEOPLE_IMPORT_COLUMNS, PEOPLE_IMPORT_MAX_BYTES } from '../../../shared/contracts/network-import';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useImportPeopleMutation } from './api';

/**
 * "Nhập danh sách cán bộ": a CSV file read in the browser and sent as text, first as a dry run (what
 * would change, nothing written), then for real. The import itself is the server's
 * (`POST /network/people-import`, the same as `npm run import:people`).
 */
export const PeopleImport = () => {
  const t = useT();
  const [file, setFile] = React.useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = React.useState<PeopleImportReport | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [run, { isLoading }] = useImportPeopleMutation();

  const choose = async (event: React.ChangeEvent<HTMLInputElement>) => {
    setReport(null);
    setError(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return setFile(null);
    if (chosen.size > PEOPLE_IMPORT_MAX_BYTES) {
      setFile(null);
      setError(t('network.import.tooLarge', 'Tệp quá lớn cho trang này: hãy dùng lệnh npm run import:people.'));
      return;
    }
    setFile({ name: chosen.name, csv: await chosen.text() });
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    const answer = await run({ csv: file.csv, dryRun });
    if ('error' in answer) {
      setReport(null);
      setError(describeError(answer.error).message ?? t('network.error.save', 'Không lưu được. Hãy thử lại.'));
      return;
    }
    setReport(answer.data);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-people-import">
      <Typography textColor="neutral600">
        {t('network.import.help', 'Tệp CSV (UTF-8), dòng đầu là tên cột: {columns}. Chạy thử trước để xem những gì sẽ thay đổi, rồi bấm Nhập.', {
          columns: PEOPLE_IMPORT_COLUMNS.join(', '),
        })}
      </Typography>
      <Field.Root name="ew-people-file">
        <Field.Label>{t('network.import.file', 'Tệp danh sách cán bộ (.csv)')}</Field.Label>
        <input type="file" accept=".csv,text/csv" data-testid="ew-people-file" onChange={choose} />
      </Field.Root>
      <Flex gap={2}>
        <Button variant="secondary" size="S" disabled={!file} loading={isLoading && !report} onClick={() => send(true)} data-testid="ew-people-dry-run">
          {t('network.import.dryRun', 'Chạy thử')}
        </Button>
        <Button
          size="S"
          disabled={!file || !report || !report.dryRun}
          loading={isLoading && Boolean(report)}
          onClick={() => send(false)}
          data-testid="ew-people-import-run"
        >
          {t('network.import.run', 'Nhập')}
        </Button>
      </Flex>
      {error ? (
        <Typography textColor="danger600" role="alert">
          {error}
        </Typography>
      ) : null}
      {report ? <ImportReport report={report} /> : null}
    </Flex>
  );
};

const ImportReport = ({ report }: { report: PeopleImportReport }) => {
  const t = useT();
  return (
    <Box padding={4} background="neutral100" hasRadius data-testid="ew-people-report">
      <Typography variant="delta" tag="h3">
        {report.dryRun ? t('network.import.dryRunReport', 'Chạy thử: chưa ghi gì') : t('network.import.doneReport', 'Đã nhập')}
      </Typography>
      <Typography tag="p">
        {t('network.import.counts', 'Tạo mới {created}, cập nhật {updated}, không đổi {unchanged}, bị từ chối {refused}.', {
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          refused: report.refused,
        })}
      </Typography>
      {report.refusedLines.length > 0 ? (
        <Box paddingTop={2}>
          <Typography fontWeight="semiBold">{t('network.import.refusedLines', 'Các dòng bị từ chối (không dòng nào trong số này được ghi):')}</Typography>
          <ul>
            {report.refusedLines.map((refusal) => (
              <li key={refusal.line}>
                <Typography>{t('network.import.line', 'Dòng {line}: {reasons}', { line: refusal.line, reasons: refusal.reasons.join('; ') })}</Typography>
              </li>
            ))}
          </ul>
        </Box>
      ) : null}
    </Box>
  );
};
