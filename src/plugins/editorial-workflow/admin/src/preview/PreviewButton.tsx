import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { PreviewLink } from '../../../shared/contracts/preview';
import { describeError } from '../utils/errors';
import { useCreatePreviewLinkMutation } from './api';
import { usePreviewText } from './messages';

const VIETNAM_TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' };

/**
 * "Xem trước" in the workflow side panel: asks the server for a signed link to the draft as the
 * website would show it, opens it in a new tab, and keeps it on screen to copy for a leader who
 * has no admin account (it works without a login until it expires or the item moves on).
 */
export const PreviewButton = ({ documentId }: { documentId: string }) => {
  const say = usePreviewText();
  const { formatDate } = useIntl();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  const [createLink, { isLoading }] = useCreatePreviewLinkMutation();
  const [link, setLink] = React.useState<PreviewLink | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const open = async () => {
    setError(null);
    // Opened now, while the click still counts as the user's: a tab opened after the request would be blocked as a pop-up.
    const tab = window.open('about:blank', '_blank');
    if (tab) tab.opener = null;
    try {
      const created = await createLink(documentId).unwrap();
      setLink(created);
      if (tab) tab.location.href = created.url;
      else window.open(created.url, '_blank', 'noopener,noreferrer');
    } catch (failure) {
      tab?.close();
      setError(describeError(failure).message ?? say('error.create', 'Không tạo được liên kết xem trước. Hãy thử lại.'));
    }
  };

  const copyLink = async () => {
    if (!link) return;
    const copied = await copy(link.url);
    toggleNotification(
      copied
        ? { type: 'success', message: say('copied', 'Đã sao chép liên kết xem trước.') }
        : { type: 'warning', message: say('copyFailed', 'Không sao chép được; hãy chọn và sao chép liên kết bằng tay.') }
    );
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-preview">
      <Button variant="tertiary" fullWidth loading={isLoading} onClick={open} data-testid="ew-preview-open">
        {say('button', 'Xem trước')}
      </Button>
      {error ? (
        <Typography variant="pi" textColor="danger600" role="alert" data-testid="ew-preview-error">
          {error}
        </Typography>
      ) : null}
      {link ? (
        <Box>
          <Typography variant="pi" textColor="neutral600" data-testid="ew-preview-expiry">
            {say('expiresAt', 'Liên kết dùng được không cần đăng nhập, đến {at} (giờ Việt Nam), hoặc đến khi tin bài được xử lý tiếp.', {
              at: formatDate(link.expiresAt, VIETNAM_TIME),
            })}
          </Typography>
          <Box paddingTop={1}>
            <Typography variant="pi" tag="p" style={{ wordBreak: 'break-all' }} data-testid="ew-preview-url">
              {link.url}
            </Typography>
          </Box>
          <Box paddingTop={2}>
            <Button variant="secondary" size="S" onClick={copyLink} data-testid="ew-preview-copy">
              {say('copy', 'Sao chép liên kết')}
            </Button>
          </Box>
        </Box>
      ) : null}
    </Flex>
  );
};
