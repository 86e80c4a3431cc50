import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import type { SpokespersonView } from '../../../shared/contracts/press-desk';
import { SimpleTable, type Column } from '../components/SimpleTable';
import { describeError } from '../utils/errors';
import { useAddSpokespersonMutation, useEndSpokespersonMutation, useGetSpokespeopleQuery, useGetSpokespersonCandidatesQuery } from './api';
import { SelectField, TextField } from './fields';

const ALL = 'all';
const date = (value: string) => value.split('-').reverse().join('/');
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The Office's form: a person, a title, every topic or one, from a date (to a date). */
function AddForm({ topics, onDone }: { topics: Array<{ id: number; name: string }>; onDone: () => void }) {
  const candidates = useGetSpokespersonCandidatesQuery();
  const [add, adding] = useAddSpokespersonMutation();
  const [userId, setUserId] = React.useState('');
  const [title, setTitle] = React.useState('');
  const [topic, setTopic] = React.useState(ALL);
  const [validFrom, setValidFrom] = React.useState(today);
  const [validTo, setValidTo] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await add({
      userId: Number(userId),
      title,
      allTopics: topic === ALL,
      topicIds: topic === ALL ? [] : [Number(topic)],
      validFrom,
      validTo: validTo || null,
    });
    if ('error' in result && result.error) return setError(describeError(result.error).message ?? 'Không thêm được người phát ngôn.');
    onDone();
  };
  return (
    <form onSubmit={submit}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <SelectField id="spokesperson" label="Người phát ngôn" value={userId} onChange={setUserId} options={(candidates.data ?? []).map((c) => ({ id: c.id, name: `${c.name} (${c.email})` }))} required placeholder="Chọn tài khoản" />
        <TextField id="title" label="Chức danh" value={title} onChange={setTitle} required />
        <SelectField id="spokesperson-topic" label="Lĩnh vực được phát ngôn" value={topic} onChange={setTopic} options={[{ id: ALL, name: 'Mọi lĩnh vực' }, ...topics]} required />
        <Flex gap={3}>
          <TextField id="from" label="Từ ngày" type="date" value={validFrom} onChange={setValidFrom} required />
          <TextField id="to" label="Đến ngày (để trống: chưa hết hạn)" type="date" value={validTo} onChange={setValidTo} />
        </Flex>
        {error ? (
          <Typography textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
        <Flex gap={2}>
          <Button type="submit" loading={adding.isLoading} disabled={!userId} data-testid="ew-desk-add-spokesperson">
            Thêm vào danh sách
          </Button>
          <Button type="button" variant="tertiary" onClick={onDone}>
            Huỷ
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

/** "Người phát ngôn": who may speak for the Sở on which topics, from when to when (the Office keeps it; the leadership reads it). */
export function SpokespersonRegister({ canManage, topics }: { canManage: boolean; topics: Array<{ id: number; name: string }> }) {
  const { data, error } = useGetSpokespeopleQuery();
  const [end] = useEndSpokespersonMutation();
  const [adding, setAdding] = React.useState(false);
  const columns: Array<Column<SpokespersonView>> = [
    { key: 'name', header: 'Người phát ngôn', cell: (row) => <Typography fontWeight="bold">{row.name}</Typography> },
    { key: 'title', header: 'Chức danh', cell: (row) => <Typography>{row.title}</Typography> },
    { key: 'topics', header: 'Lĩnh vực', cell: (row) => <Typography>{row.allTopics ? 'Mọi lĩnh vực' : row.topics.map((t) => t.name).join('; ')}</Typography> },
    { key: 'dates', header: 'Hiệu lực', cell: (row) => <Typography>{`${date(row.validFrom)} – ${row.validTo ? date(row.validTo) : 'nay'}`}</Typography> },
    { key: 'current', header: '', cell: (row) => <Badge variant={row.current ? 'success' : 'neutral'}>{row.current ? 'Đang hiệu lực' : 'Hết hiệu lực'}</Badge> },
    ...(canManage
      ? [
          {
            key: 'end',
            header: '',
            cell: (row: SpokespersonView) =>
              row.current ? (
                <Button variant="danger-light" size="S" onClick={() => end({ id: row.id, validTo: today() })}>
                  Kết thúc hôm nay
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between">
          <Typography variant="delta" tag="h2">
            Danh sách người phát ngôn
          </Typography>
          {canManage && !adding ? (
            <Button variant="secondary" size="S" onClick={() => setAdding(true)} data-testid="ew-desk-new-spokesperson">
              Thêm người phát ngôn
            </Button>
          ) : null}
        </Flex>
        {adding ? <AddForm topics={topics} onDone={() => setAdding(false)} /> : null}
        {error ? (
          <Typography textColor="danger600">{describeError(error).message ?? 'Không tải được danh sách người phát ngôn.'}</Typography>
        ) : !data ? (
          <Typography textColor="neutral600">Đang tải…</Typography>
        ) : data.length === 0 ? (
          <Typography textColor="neutral600">Chưa có ai trong danh sách: không câu trả lời nào được duyệt để gửi báo chí.</Typography>
        ) : (
          <SimpleTable columns={columns} rows={data} rowKey={(row) => row.id} rowProps={() => ({ 'data-testid': 'ew-desk-spokesperson' })} />
        )}
      </Flex>
    </Box>
  );
}
