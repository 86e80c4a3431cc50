import * as React from 'react';
import { Checkbox, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useGetEmailPreferenceQuery, useSetEmailPreferenceMutation } from './api';

/**
 * Under the notifications: one e-mail per notification, or one digest a day (at its time, Vietnam
 * time). The list above stays the same either way; the choice is the person's own.
 */
export const DigestChoice = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const { data } = useGetEmailPreferenceQuery();
  const [save, { isLoading }] = useSetEmailPreferenceMutation();
  if (!data) return null;

  const change = async (checked: boolean | 'indeterminate') => {
    try {
      const saved = await save({ emailDigest: checked === true }).unwrap();
      toggleNotification({
        type: 'success',
        message: saved.emailDigest
          ? t('notifications.digest.on', 'Bạn sẽ nhận một thư tóm tắt lúc {time} mỗi ngày.', { time: saved.digestTime })
          : t('notifications.digest.off', 'Bạn sẽ nhận thư cho từng thông báo.'),
      });
    } catch (failure) {
      toggleNotification({ type: 'danger', message: describeError(failure).message ?? t('notifications.digest.error', 'Không lưu được lựa chọn nhận thư.') });
    }
  };

  return (
    <Checkbox checked={data.emailDigest} disabled={isLoading} onCheckedChange={change} data-testid="ew-email-digest">
      <Typography variant="pi">{t('notifications.digest.label', 'Nhận một thư tóm tắt lúc {time} mỗi ngày thay vì từng thư', { time: data.digestTime })}</Typography>
    </Checkbox>
  );
};
