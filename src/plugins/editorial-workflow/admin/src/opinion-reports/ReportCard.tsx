import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { CONCERN_CHANNEL_LABELS, CONCERN_SEVERITY_LABELS } from '../../../shared/contracts/concerns';
import { NO_ISSUES_LABEL, RECEIPT_STATUS_LABELS, type ReceiptStatus, type ReportView } from '../../../shared/contracts/opinion-reports';
import { describeError } from '../utils/errors';
import { useAcknowledgeOpinionReportMutation, useReturnOpinionReportMutation } from './api';
import { monthLabel, useOpinionReportsText, vietnamTime } from './messages';

export const RECEIPT_VARIANT: Record<ReceiptStatus, 'secondary' | 'success' | 'danger'> = { filed: 'secondary', acknowledged: 'success', returned: 'danger' };

/** The Office's receipt: acknowledge, or return with a reason (required: the server says so too). */
const Receipt = ({ report }: { report: ReportView }) => {
  const say = useOpinionReportsText();
  const { toggleNotification } = useNotification();
  const [acknowledge, acknowledging] = useAcknowledgeOpinionReportMutation();
  const [giveBack, returning] = useReturnOpinionReportMutation();
  const [reason, setReason] = React.useState('');
  const [returningOpen, setReturningOpen] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const run = async (action: () => Promise<ReportView>, done: string) => {
    setError(null);
    try {
      await action();
      toggleNotification({ type: 'success', message: done });
      setReturningOpen(false);
      setReason('');
    } catch (failure) {
      setError(describeError(failure).message ?? say('receipt.error', 'Không thực hiện được. Hãy thử lại.'));
    }
  };

  if (!report.can.acknowledge && !report.can.return) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-opinion-receipt">
      <Flex gap={2}>
        {report.can.acknowledge ? (
          <Button
            loading={acknowledging.isLoading}
            onClick={() => run(() => acknowledge(report.documentId).unwrap(), say('receipt.acknowledged', 'Đã tiếp nhận báo cáo của {unit}.', { unit: report.unit.name }))}
            data-testid="ew-opinion-acknowledge"
          >
            {say('receipt.acknowledge', 'Tiếp nhận')}
          </Button>
        ) : null}
        {report.can.return ? (
          <Button variant="danger-light" onClick={() => setReturningOpen((open) => !open)} data-testid="ew-opinion-return-open">
            {say('receipt.return', 'Trả lại')}
          </Button>
        ) : null}
      </Flex>
      {returningOpen ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="ew-opinion-return-reason">
            <Field.Label>{say('receipt.reason', 'Lý do trả lại')}</Field.Label>
            <Textarea value={reason} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} data-testid="ew-opinion-return-reason" />
          </Field.Root>
          <Box>
            <Button
              variant="danger"
              loading={returning.isLoading}
              onClick={() => run(() => giveBack({ documentId: report.documentId, body: { reason } }).unwrap(), say('receipt.returned', 'Đã trả lại báo cáo của {unit}.', { unit: report.unit.name }))}
              data-testid="ew-opinion-return-submit"
            >
              {say('receipt.returnSubmit', 'Trả lại báo cáo')}
            </Button>
          </Box>
        </Flex>
      ) : null}
      {error ? <Typography textColor="danger600" role="alert" data-testid="ew-opinion-receipt-error">{error}</Typography> : null}
    </Flex>
  );
};

/**
 * One report as the unit and the Office read it: its entries (or "Không có vấn đề phát sinh"), the
 * signed scan, on time or late, where it stands with the Office and, returned, the reason. The
 * Office acknowledges or returns it here; the unit files a returned one again (`onRefile`).
 */
export const ReportCard = ({ report, onRefile }: { report: ReportView; onRefile?: (report: ReportView) => void }) => {
  const say = useOpinionReportsText();
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-opinion-report" data-document-id={report.documentId}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={2} wrap="wrap">
          <Flex direction="column" alignItems="flex-start">
            <Typography variant="delta" tag="h3">{say('report.heading', '{unit} · tháng {month}', { unit: report.unit.name, month: monthLabel(report.period) })}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {say('report.filed', 'Gửi lần đầu {first}, lần gần nhất {last}', { first: vietnamTime(report.submittedAt), last: vietnamTime(report.lastFiledAt) })}
            </Typography>
          </Flex>
          <Flex gap={1}>
            <Badge variant={report.onTime ? 'success' : 'warning'}>{report.onTime ? say('report.onTime', 'Đúng hạn') : say('report.late', 'Trễ hạn')}</Badge>
            <Badge variant={RECEIPT_VARIANT[report.receiptStatus]} data-testid="ew-opinion-status">{RECEIPT_STATUS_LABELS[report.receiptStatus]}</Badge>
          </Flex>
        </Flex>
        {report.receiptStatus === 'returned' && report.returnReason ? (
          <Typography textColor="danger600" data-testid="ew-opinion-return-reason-shown">
            {say('report.returnedBecause', 'Lý do trả lại: {reason}', { reason: report.returnReason })}
          </Typography>
        ) : null}
        {report.receivedAt ? (
          <Typography variant="pi" textColor="neutral600">
            {say('report.received', '{status} lúc {at}{by}', {
              status: RECEIPT_STATUS_LABELS[report.receiptStatus],
              at: vietnamTime(report.receivedAt),
              by: report.receiverName ? ` (${report.receiverName})` : '',
            })}
          </Typography>
        ) : null}
        {report.noIssues ? (
          <Typography fontWeight="bold">{NO_ISSUES_LABEL}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2} tag="ol">
            {report.entries.map((entry, index) => (
              <Box key={index} tag="li" paddingLeft={2} data-testid="ew-opinion-report-entry">
                <Typography fontWeight="bold">
                  {`${index + 1}. ${entry.concernTitle ?? entry.summary}`}
                  {entry.concernSeverity ? ` · ${CONCERN_SEVERITY_LABELS[entry.concernSeverity]}` : ''}
                </Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {[entry.topicName, CONCERN_CHANNEL_LABELS[entry.channel]].filter(Boolean).join(' · ')}
                </Typography>
                {entry.summary && entry.concernTitle && entry.summary !== entry.concernTitle ? <Typography tag="p">{say('report.summary', 'Dư luận: {text}', { text: entry.summary })}</Typography> : null}
                {entry.actions ? <Typography tag="p">{say('report.actions', 'Việc đã làm: {text}', { text: entry.actions })}</Typography> : null}
                {entry.result ? <Typography tag="p">{say('report.result', 'Kết quả: {text}', { text: entry.result })}</Typography> : null}
              </Box>
            ))}
          </Flex>
        )}
        {report.signedScan ? (
          <Typography>
            {say('report.scan', 'Bản ký:')}{' '}
            <a href={report.signedScan.url} target="_blank" rel="noreferrer">{report.signedScan.name}</a>
          </Typography>
        ) : null}
        <Receipt report={report} />
        {onRefile && report.can.edit ? (
          <Box>
            <Button variant={report.receiptStatus === 'returned' ? 'default' : 'secondary'} onClick={() => onRefile(report)} data-testid="ew-opinion-refile">
              {report.receiptStatus === 'returned' ? say('report.refile', 'Sửa và gửi lại') : say('report.edit', 'Sửa báo cáo')}
            </Button>
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};
