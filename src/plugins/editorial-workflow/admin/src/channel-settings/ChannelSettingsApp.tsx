import * as React from 'react';
import { Badge, Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import type { FanpageSettingsBody, FanpageSettingsView } from '../../../shared/contracts/channel-settings';
import { GRAPH_TIMEOUT_RANGE_MS } from '../../../shared/contracts/channel-settings';
import { describeError } from '../utils/errors';
import { useCheckFanpageMutation, useGetFanpageSettingsQuery, useSaveFanpageSettingsMutation } from './api';

/** An instant in Vietnam time, as the screen shows dates. */
const vietnamTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

const vietnamDate = (iso: string) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date(iso));

/** What the screen says of the saved token: never the token, only its last characters and the last check. */
function TokenState({ view }: { view: FanpageSettingsView }) {
  const token = view.token;
  if (!token) return <Badge variant="warning">Chưa lưu mã truy cập</Badge>;
  const expiry = token.expiresAt ? `, hết hạn ngày ${vietnamDate(token.expiresAt)}` : token.valid ? ', không hết hạn' : '';
  return (
    <Flex gap={2} wrap="wrap">
      <Typography data-testid="ew-fanpage-token-state">{`Đã lưu (…${token.last4}) lúc ${vietnamTime(token.savedAt)}${expiry}.`}</Typography>
      {token.valid === true ? <Badge variant="success">Hợp lệ</Badge> : token.valid === false ? <Badge variant="danger">Không hợp lệ</Badge> : <Badge>Chưa kiểm tra</Badge>}
      {token.problem ? <Typography textColor="danger600">{token.problem}</Typography> : null}
    </Flex>
  );
}

/**
 * "Cấu hình kênh đăng tải" (the administrator): the fanpage's page id and access token, and the
 * Graph API's address, version and timeout (empty: the defaults shown). The token field is always
 * empty: typing one replaces the saved token; "Xoá mã truy cập" removes it. "Kiểm tra" asks
 * Facebook whether the token is valid and when it expires.
 */
const ChannelSettingsApp = () => {
  const { toggleNotification } = useNotification();
  const settings = useGetFanpageSettingsQuery();
  const [save, saving] = useSaveFanpageSettingsMutation();
  const [check, checking] = useCheckFanpageMutation();
  const [pageId, setPageId] = React.useState('');
  const [accessToken, setAccessToken] = React.useState('');
  const [graphBaseUrl, setGraphBaseUrl] = React.useState('');
  const [graphVersion, setGraphVersion] = React.useState('');
  const [timeoutMs, setTimeoutMs] = React.useState('');
  const view = settings.data;

  React.useEffect(() => {
    if (!view) return;
    setPageId(view.pageId ?? '');
    setGraphBaseUrl(view.graphBaseUrl ?? '');
    setGraphVersion(view.graphVersion ?? '');
    setTimeoutMs(view.timeoutMs ? String(view.timeoutMs) : '');
  }, [view]);

  const failed = (failure: unknown, fallback: string) => toggleNotification({ type: 'danger', message: describeError(failure).message ?? fallback });

  const submit = async (body: FanpageSettingsBody, done: string) => {
    try {
      await save(body).unwrap();
      setAccessToken('');
      toggleNotification({ type: 'success', message: done });
    } catch (failure) {
      failed(failure, 'Không lưu được cấu hình.');
    }
  };

  const onSave = (event: React.FormEvent) => {
    event.preventDefault();
    const text = (value: string) => (value.trim() === '' ? null : value.trim());
    const timeout = timeoutMs.trim() === '' ? null : Number(timeoutMs);
    void submit(
      {
        pageId: text(pageId),
        graphBaseUrl: text(graphBaseUrl),
        graphVersion: text(graphVersion),
        timeoutMs: timeout,
        ...(accessToken.trim() ? { accessToken: accessToken.trim() } : {}),
      },
      'Đã lưu cấu hình fanpage.'
    );
  };

  const onCheck = async () => {
    try {
      const result = await check().unwrap();
      toggleNotification(
        result.ok
          ? { type: 'success', message: result.expiresAt ? `Mã truy cập hợp lệ, hết hạn ngày ${vietnamDate(result.expiresAt)}.` : 'Mã truy cập hợp lệ, không hết hạn.' }
          : { type: 'warning', message: result.message ?? 'Mã truy cập không dùng được.' }
      );
    } catch (failure) {
      failed(failure, 'Không kiểm tra được mã truy cập.');
    }
  };

  return (
    <Page.Main>
      <Page.Title>Cấu hình kênh đăng tải</Page.Title>
      <Layouts.Header title="Cấu hình kênh đăng tải" subtitle="Fanpage Facebook ngành GDĐT: mã trang, mã truy cập trang (page access token) và địa chỉ Graph API." />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          {settings.error ? (
            <Typography textColor="danger600" role="alert">
              {describeError(settings.error).message ?? 'Không tải được cấu hình.'}
            </Typography>
          ) : !view ? (
            <Typography textColor="neutral600">Đang tải…</Typography>
          ) : (
            <form onSubmit={onSave}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {!view.secretKeyConfigured ? (
                  <Typography textColor="danger600" role="alert">
                    Máy chủ chưa có khóa mã hóa CHANNEL_SECRET_KEY (32 byte, base64; tạo bằng openssl rand -base64 32): chưa thể lưu mã truy cập.
                  </Typography>
                ) : null}
                {view.pausedUntil ? (
                  <Typography textColor="warning600">{`Facebook báo mức sử dụng gần giới hạn: tạm dừng gửi đến ${vietnamTime(view.pausedUntil)}.`}</Typography>
                ) : null}
                <Field.Root name="ew-fanpage-page-id" hint="Mã số của trang Facebook (ví dụ 104857362514).">
                  <Field.Label>Mã trang (page id)</Field.Label>
                  <TextInput value={pageId} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPageId(event.target.value)} data-testid="ew-fanpage-page-id" />
                  <Field.Hint />
                </Field.Root>
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Typography variant="sigma">Mã truy cập trang</Typography>
                  <TokenState view={view} />
                </Flex>
                <Field.Root name="ew-fanpage-token" hint="Dán mã mới để thay mã đã lưu; để trống để giữ nguyên. Mã được mã hóa khi lưu và không bao giờ hiện lại.">
                  <Field.Label>Mã truy cập mới</Field.Label>
                  <TextInput type="password" autoComplete="off" value={accessToken} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAccessToken(event.target.value)} data-testid="ew-fanpage-token" />
                  <Field.Hint />
                </Field.Root>
                <Field.Root name="ew-fanpage-base-url" hint={`Để trống: ${view.defaults.graphBaseUrl}`}>
                  <Field.Label>Địa chỉ Graph API</Field.Label>
                  <TextInput value={graphBaseUrl} placeholder={view.defaults.graphBaseUrl} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setGraphBaseUrl(event.target.value)} />
                  <Field.Hint />
                </Field.Root>
                <Field.Root name="ew-fanpage-version" hint={`Để trống: ${view.defaults.graphVersion}`}>
                  <Field.Label>Phiên bản Graph API</Field.Label>
                  <TextInput value={graphVersion} placeholder={view.defaults.graphVersion} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setGraphVersion(event.target.value)} />
                  <Field.Hint />
                </Field.Root>
                <Field.Root name="ew-fanpage-timeout" hint={`Mili giây, từ ${GRAPH_TIMEOUT_RANGE_MS.min} đến ${GRAPH_TIMEOUT_RANGE_MS.max}; để trống: ${view.defaults.timeoutMs}.`}>
                  <Field.Label>Thời gian chờ mỗi yêu cầu</Field.Label>
                  <TextInput value={timeoutMs} placeholder={String(view.defaults.timeoutMs)} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTimeoutMs(event.target.value)} />
                  <Field.Hint />
                </Field.Root>
                <Flex gap={2} wrap="wrap">
                  <Button type="submit" loading={saving.isLoading} data-testid="ew-fanpage-save">
                    Lưu
                  </Button>
                  <Button variant="secondary" onClick={onCheck} loading={checking.isLoading} disabled={!view.token} data-testid="ew-fanpage-check">
                    Kiểm tra
                  </Button>
                  <Button variant="danger-light" disabled={!view.token || saving.isLoading} onClick={() => void submit({ accessToken: null }, 'Đã xoá mã truy cập.')} data-testid="ew-fanpage-clear-token">
                    Xoá mã truy cập
                  </Button>
                </Flex>
              </Flex>
            </form>
          )}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ChannelSettingsApp;
