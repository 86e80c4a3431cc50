import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useLocation, useNavigate } from 'react-router-dom';
import type { AssignmentSummary } from '../../../shared/contracts/assignments';
import type { PlanEventView } from '../../../shared/contracts/plan-events';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { EventForm } from '../plan-events/EventForm';
import { useGetAssignmentChoicesQuery, useGetAssignmentsQuery, useGetPlanEventsQuery } from './api';
import { AssignmentDetail } from './AssignmentDetail';
import { CommissionForm } from './CommissionForm';
import { vietnamTime } from './time';

type Opened = { kind: 'event-form' } | { kind: 'commission'; eventId?: number } | null;

/**
 * "Giao viết bài": the events to cover and the assignments the person may see, each opening its page
 * (`?id=` in the address, so a link or a notice can open it). The Office and the departments' editors
 * and heads enter events and commission coverage; the server decides scope and rights.
 */
const AssignmentsApp = () => {
  const location = useLocation();
  const navigate = useNavigate();
  const openId = Number(new URLSearchParams(location.search).get('id')) || null;
  const open = (id: number | null) => navigate({ search: id ? `?id=${id}` : '' });
  const [opened, setOpened] = React.useState<Opened>(null);
  const assignments = useGetAssignmentsQuery();
  const events = useGetPlanEventsQuery();
  // Asked once: who may commission (the server answers 403 to others, who see no buttons).
  const mayCommission = !useGetAssignmentChoicesQuery().error;

  const eventColumns: Array<Column<PlanEventView>> = [
    {
      key: 'title',
      header: 'Sự kiện',
      cell: (event) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{event.title}</Typography>
          <Typography variant="pi" textColor="neutral600">{`${event.kindLabel} · ${event.place} · ${event.organiser}`}</Typography>
        </Flex>
      ),
    },
    { key: 'when', header: 'Thời gian', cell: (event) => <Typography>{`${vietnamTime(event.startsAt)} – ${vietnamTime(event.endsAt)}`}</Typography> },
    { key: 'line', header: 'Tuyến thông tin', cell: (event) => <Typography>{event.line?.code ?? '—'}</Typography> },
    {
      key: 'actions',
      header: '',
      cell: (event) =>
        event.canEdit ? (
          <Button size="S" variant="secondary" onClick={() => setOpened({ kind: 'commission', eventId: event.id })} data-testid={`ew-event-commission-${event.id}`}>
            Giao viết bài
          </Button>
        ) : null,
    },
  ];

  const assignmentColumns: Array<Column<AssignmentSummary>> = [
    {
      key: 'title',
      header: 'Nhiệm vụ',
      cell: (row) => (
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="bold">{row.title}</Typography>
          <Typography variant="pi" textColor="neutral600">{[row.line?.code, row.commissioner?.name].filter(Boolean).join(' · ')}</Typography>
        </Flex>
      ),
    },
    { key: 'due', header: 'Hạn gửi bài', cell: (row) => <Typography>{vietnamTime(row.dueAt)}</Typography> },
    {
      key: 'counts',
      header: 'Đơn vị',
      cell: (row) => (
        <Flex gap={1} wrap="wrap">
          <Badge>{`${row.partCount} đơn vị`}</Badge>
          {row.counts.submitted + row.counts.published > 0 ? <Badge variant="success">{`Đã gửi ${row.counts.submitted + row.counts.published}`}</Badge> : null}
          {row.counts.overdue > 0 ? <Badge variant="danger">{`Quá hạn ${row.counts.overdue}`}</Badge> : null}
        </Flex>
      ),
    },
  ];

  return (
    <Page.Main>
      <Page.Title>Giao viết bài</Page.Title>
      <Layouts.Header
        title="Giao viết bài"
        subtitle="Sự kiện cần đưa tin và nhiệm vụ viết bài giao cho các đơn vị, với tình trạng của từng đơn vị."
        primaryAction={
          mayCommission ? (
            <Flex gap={2}>
              <Button variant="secondary" onClick={() => setOpened(opened?.kind === 'event-form' ? null : { kind: 'event-form' })} data-testid="ew-event-new">Thêm sự kiện</Button>
              <Button onClick={() => setOpened(opened?.kind === 'commission' ? null : { kind: 'commission' })} data-testid="ew-commission-new">Giao viết bài</Button>
            </Flex>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={5} data-testid="ew-assignments">
          {opened?.kind === 'event-form' ? <EventForm onDone={() => setOpened(null)} /> : null}
          {opened?.kind === 'commission' ? <CommissionForm eventId={opened.eventId} onDone={(id) => { setOpened(null); open(id); }} /> : null}
          {openId ? <AssignmentDetail id={openId} onClose={() => open(null)} /> : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Typography variant="delta" tag="h2">Nhiệm vụ viết bài</Typography>
            {assignments.error ? <Typography textColor="danger600">{describeError(assignments.error).message}</Typography> : null}
            {assignments.data && assignments.data.length === 0 ? <Typography textColor="neutral600">Chưa có nhiệm vụ nào.</Typography> : null}
            {assignments.data && assignments.data.length > 0 ? (
              <SimpleTable
                columns={assignmentColumns}
                rows={assignments.data}
                rowKey={(row) => row.id}
                rowProps={(row) => ({ onClick: () => open(row.id), style: { cursor: 'pointer' }, 'data-testid': `ew-assignment-row-${row.id}` })}
              />
            ) : null}
          </Box>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Typography variant="delta" tag="h2">Sự kiện</Typography>
            {events.data && events.data.length === 0 ? <Typography textColor="neutral600">Chưa có sự kiện nào.</Typography> : null}
            {events.data && events.data.length > 0 ? (
              <SimpleTable columns={eventColumns} rows={events.data} rowKey={(row) => row.id} rowProps={(row) => ({ 'data-testid': `ew-event-row-${row.id}` })} />
            ) : null}
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default AssignmentsApp;
