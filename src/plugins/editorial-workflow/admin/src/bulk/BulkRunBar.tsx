import * as React from 'react';
import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import type { BulkAction } from '../../../shared/contracts/bulk';
import { useBulkText } from './messages';

interface BulkRunBarProps {
  action: BulkAction;
  count: number;
  running: boolean;
  error: string | null;
  onRun: () => void;
}

/** The button "Duyệt N tin đã chọn" and its confirmation; nothing is sent before the person confirms. */
export function BulkRunBar({ action, count, running, error, onRun }: BulkRunBarProps) {
  const say = useBulkText();
  const label =
    action === 'forward'
      ? say('run.forward', 'Chuyển tiếp {count} tin đã chọn', { count })
      : action === 'approve'
        ? say('run.approve', 'Duyệt {count} tin đã chọn', { count })
        : say('run.publish', 'Đăng {count} tin đã chọn', { count });
  const question =
    action === 'forward'
      ? say('confirm.forward', 'Chuyển {count} tin bài đã chọn lên Trưởng phòng duyệt?', { count })
      : action === 'approve'
        ? say('confirm.approve', 'Duyệt {count} tin bài đã chọn? Mỗi tin được duyệt đúng nội dung đang có.', { count })
        : say('confirm.publish', 'Đăng {count} tin bài đã chọn lên trang thông tin ngay bây giờ?', { count });

  return (
    <Flex gap={3} paddingBottom={4} wrap="wrap" alignItems="center" data-testid="ew-bulk-bar" data-action={action}>
      <Dialog.Root>
        <Dialog.Trigger>
          <Button variant="default" disabled={count === 0 || running} loading={running} data-testid="ew-bulk-run" data-count={count}>
            {label}
          </Button>
        </Dialog.Trigger>
        <ConfirmDialog
          title={say('confirm.title', 'Thao tác hàng loạt')}
          variant="default"
          endAction={
            <Dialog.Action>
              <Button fullWidth variant="default" onClick={onRun} data-testid="ew-bulk-confirm">
                {label}
              </Button>
            </Dialog.Action>
          }
        >
          <Box>
            <Typography tag="p">{question}</Typography>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {say('confirm.note', 'Mỗi tin bài được xử lý riêng: tin nào người khác vừa xử lý hoặc bạn không được thao tác sẽ được báo lại, các tin khác vẫn được thực hiện.')}
            </Typography>
          </Box>
        </ConfirmDialog>
      </Dialog.Root>
      {count === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {say('hint', 'Chọn các tin bài trong trang để xử lý cùng lúc.')}
        </Typography>
      ) : null}
      {error ? (
        <Typography variant="pi" textColor="danger600" role="alert" data-testid="ew-bulk-error">
          {error}
        </Typography>
      ) : null}
    </Flex>
  );
}
