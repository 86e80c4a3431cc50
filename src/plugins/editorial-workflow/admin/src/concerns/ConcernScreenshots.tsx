import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { SCREENSHOT_ACCEPT, type ConcernScreenshot } from '../../../shared/contracts/concern-evidence';
import { describeError } from '../utils/errors';
import { useAttachConcernScreenshotsMutation, useGetConcernScreenshotsQuery } from './screenshots-api';
import { useConcernsText, vietnamTime } from './messages';

/** Upload URLs are relative (`/uploads/…?exp=…&sig=…`, signed by the server): the admin may be served from elsewhere. */
const absolute = (url: string) => {
  const backend = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  return url.startsWith('/') ? `${backend}${url}` : url;
};

/**
 * Uploads files to the media library (where they stay private: nothing published shows them), then
 * returns their ids: the caller attaches them. Shared by the concern's detail and the filing form.
 */
export function useScreenshotUpload() {
  const { post } = useFetchClient();
  return React.useCallback(
    async (files: File[]): Promise<number[]> => {
      if (files.length === 0) return [];
      const form = new FormData();
      for (const file of files) form.append('files', file);
      const { data } = await post<Array<{ id: number }>>('/upload', form);
      return data.map((file) => file.id);
    },
    [post]
  );
}

/**
 * A concern's screenshots (ảnh chụp màn hình), kept as evidence: thumbnails through the signed URLs
 * the server gives, PDFs as links; for those who may add (who work on it, the filing unit), a button
 * that uploads the files chosen and attaches them.
 */
export const ConcernScreenshots = ({ id }: { id: number }) => {
  const say = useConcernsText();
  const { toggleNotification } = useNotification();
  const { data } = useGetConcernScreenshotsQuery(id);
  const [attach] = useAttachConcernScreenshotsMutation();
  const upload = useScreenshotUpload();
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  if (!data) return null;

  const add = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setError(null);
    if (files.length > data.remaining) {
      setError(say('screenshots.tooMany', 'Vấn đề chỉ còn nhận thêm {count} ảnh chụp màn hình.', { count: data.remaining }));
      return;
    }
    setBusy(true);
    try {
      const fileIds = await upload(files);
      await attach({ id, fileIds }).unwrap();
      toggleNotification({ type: 'success', message: say('screenshots.added', 'Đã đính kèm ảnh chụp màn hình.') });
    } catch (failure) {
      setError(describeError(failure).message ?? say('screenshots.error', 'Không đính kèm được ảnh chụp màn hình. Hãy thử lại.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-concern-screenshots">
      <Typography variant="delta" tag="h3">{say('screenshots.title', 'Ảnh chụp màn hình')}</Typography>
      {data.screenshots.length === 0 ? (
        <Typography textColor="neutral600">{say('screenshots.empty', 'Chưa có ảnh chụp màn hình nào.')}</Typography>
      ) : (
        <Flex gap={3} wrap="wrap">
          {data.screenshots.map((shot) => (
            <Shot key={shot.id} shot={shot} />
          ))}
        </Flex>
      )}
      {data.canAdd ? (
        <Flex gap={3} alignItems="center">
          <input ref={input} type="file" accept={SCREENSHOT_ACCEPT} multiple hidden onChange={add} data-testid="ew-concern-screenshots-input" />
          <Button variant="secondary" loading={busy} disabled={data.remaining === 0} onClick={() => input.current?.click()} data-testid="ew-concern-screenshots-add">
            {say('screenshots.add', 'Tải lên ảnh chụp màn hình')}
          </Button>
          <Typography variant="pi" textColor="neutral600">
            {say('screenshots.hint', 'Ảnh (PNG, JPEG, WebP, GIF) hoặc PDF, còn nhận {count} tệp; chỉ những người xem được vấn đề mới thấy.', { count: data.remaining })}
          </Typography>
        </Flex>
      ) : null}
      {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
    </Flex>
  );
};

const Shot = ({ shot }: { shot: ConcernScreenshot }) => {
  const say = useConcernsText();
  const caption = say('screenshots.caption', '{name} · {by} · {at}', { name: shot.name, by: shot.addedBy, at: vietnamTime(shot.addedAt) });
  const isImage = shot.mime.startsWith('image/');
  return (
    <Box padding={2} background="neutral100" hasRadius style={{ width: 180 }}>
      <a href={absolute(shot.url)} target="_blank" rel="noopener noreferrer" title={caption}>
        {isImage ? (
          <img src={absolute(shot.thumbnailUrl ?? shot.url)} alt={shot.name} style={{ width: '100%', height: 110, objectFit: 'cover', display: 'block', borderRadius: 4 }} />
        ) : (
          <Flex height="110px" justifyContent="center" alignItems="center" background="neutral200" hasRadius>
            <Typography fontWeight="bold">{say('screenshots.pdf', 'PDF')}</Typography>
          </Flex>
        )}
      </a>
      <Typography variant="pi" textColor="neutral600" tag="p" ellipsis>{caption}</Typography>
    </Box>
  );
};
