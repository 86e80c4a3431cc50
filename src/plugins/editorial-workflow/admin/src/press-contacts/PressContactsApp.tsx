import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { PressContactView, PressSendingView } from '../../../shared/contracts/press-contacts';
import { DELIVERY_ACTION_LABELS } from '../../../shared/contracts/channels';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useGetPressContactsQuery, useGetPressSendingsQuery, useUpdatePressContactMutation } from './api';
import { ContactForm } from './ContactForm';

const PAGE_SIZE = 20;

/** An instant in Vietnam time, as the Sở reads it. */
const vietnamTime = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const sendingColumns: Array<Column<PressSendingView>> = [
  { key: 'at', header: 'Gửi lúc', cell: (row) => <Typography>{vietnamTime(row.sentAt)}</Typography> },
  { key: 'action', header: 'Loại thư', cell: (row) => <Badge>{DELIVERY_ACTION_LABELS[row.action]}</Badge> },
  { key: 'title', header: 'Tin bài', cell: (row) => <Typography fontWeight="bold">{row.title}</Typography> },
  {
    key: 'to',
    header: 'Gửi tới',
    cell: (row) => <Typography title={row.recipients.join(', ')}>{`${row.recipientCount} địa chỉ`}</Typography>,
  },
  { key: 'by', header: 'Người đăng', cell: (row) => <Typography>{row.actorName ?? 'Hẹn giờ (hệ thống)'}</Typography> },
];

/**
 * "Danh sách báo chí" (the publisher, channels.manage): the journalists an item marked for the press
 * is e-mailed to when published (one e-mail, every active contact in Bcc), and the e-mails sent.
 * Contacts are deactivated, not deleted, so the record of past e-mails keeps its addresses.
 */
const PressContactsApp = () => {
  const contacts = useGetPressContactsQuery();
  const [page, setPage] = React.useState(1);
  const sendings = useGetPressSendingsQuery({ page, pageSize: PAGE_SIZE });
  const [update] = useUpdatePressContactMutation();
  const [editing, setEditing] = React.useState<PressContactView | 'new' | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const toggle = async (contact: PressContactView) => {
    setError(null);
    const result = await update({ id: contact.id, body: { active: !contact.active } });
    if ('error' in result && result.error) setError(describeError(result.error).message ?? 'Không đổi được trạng thái.');
  };

  const contactColumns: Array<Column<PressContactView>> = [
    { key: 'name', header: 'Họ tên', cell: (row) => <Typography fontWeight="bold">{row.name}</Typography> },
    { key: 'outlet', header: 'Cơ quan báo chí', cell: (row) => <Typography>{row.outlet}</Typography> },
    { key: 'email', header: 'Thư điện tử', cell: (row) => <Typography>{row.email}</Typography> },
    { key: 'phone', header: 'Điện thoại', cell: (row) => <Typography>{row.phone ?? '—'}</Typography> },
    { key: 'active', header: 'Trạng thái', cell: (row) => <Badge variant={row.active ? 'success' : 'neutral'}>{row.active ? 'Đang nhận thư' : 'Ngừng gửi'}</Badge> },
    {
      key: 'actions',
      header: '',
      cell: (row) => (
        <Flex gap={2}>
          <Button variant="tertiary" size="S" onClick={() => setEditing(row)} data-testid="ew-press-edit">
            Sửa
          </Button>
          <Button variant={row.active ? 'danger-light' : 'secondary'} size="S" onClick={() => toggle(row)} data-testid="ew-press-toggle">
            {row.active ? 'Ngừng gửi' : 'Gửi lại'}
          </Button>
        </Flex>
      ),
    },
  ];

  const activeCount = contacts.data?.filter((contact) => contact.active).length ?? 0;
  const pages = sendings.data?.meta.pagination.pageCount ?? 0;

  return (
    <Page.Main>
      <Page.Title>Danh sách báo chí</Page.Title>
      <Layouts.Header
        title="Danh sách báo chí"
        subtitle="Khi đăng một tin bài có chọn kênh Báo chí, hệ thống gửi một thư (các địa chỉ đang nhận thư ở ô Bcc) gồm nội dung, đường dẫn ảnh đại diện và ảnh kèm theo."
        primaryAction={
          <Button onClick={() => setEditing(editing === 'new' ? null : 'new')} data-testid="ew-press-add">
            {editing === 'new' ? 'Đóng biểu mẫu' : 'Thêm người liên hệ'}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {editing !== null ? <ContactForm key={editing === 'new' ? 'new' : editing.id} contact={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} /> : null}
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2">{`Người liên hệ (${activeCount} đang nhận thư)`}</Typography>
              {contacts.error ? (
                <Typography textColor="danger600" role="alert">
                  {describeError(contacts.error).message ?? 'Không tải được danh sách báo chí.'}
                </Typography>
              ) : !contacts.data ? (
                <Typography textColor="neutral600">Đang tải…</Typography>
              ) : contacts.data.length === 0 ? (
                <Typography textColor="neutral600">Chưa có người liên hệ nào: tin bài chọn kênh Báo chí sẽ không gửi được.</Typography>
              ) : (
                <SimpleTable columns={contactColumns} rows={contacts.data} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-press-row' })} />
              )}
            </Flex>
          </Box>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2">
                Thư đã gửi báo chí
              </Typography>
              {sendings.error ? (
                <Typography textColor="danger600" role="alert">
                  {describeError(sendings.error).message ?? 'Không tải được các thư đã gửi.'}
                </Typography>
              ) : !sendings.data ? (
                <Typography textColor="neutral600">Đang tải…</Typography>
              ) : sendings.data.data.length === 0 ? (
                <Typography textColor="neutral600">Chưa gửi thư nào.</Typography>
              ) : (
                <SimpleTable columns={sendingColumns} rows={sendings.data.data} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-press-sending' })} />
              )}
              {pages > 1 ? (
                <Flex gap={2} justifyContent="flex-end">
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    Trang trước
                  </Button>
                  <Typography>{`Trang ${page}/${pages}`}</Typography>
                  <Button variant="tertiary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                    Trang sau
                  </Button>
                </Flex>
              ) : null}
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default PressContactsApp;
