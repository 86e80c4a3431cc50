import * as React from 'react';
import { Box, Button, Field, Flex, Grid, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { UnitContact } from '../../../shared/contracts/network';
import { describeError } from '../utils/errors';
import { useT } from '../utils/useT';
import { useUpdateUnitContactMutation } from './api';

const FIELDS = ['contactName', 'contactPosition', 'contactPhone', 'contactEmail'] as const;

/** The unit's communication contact (plan III.3): shown to readers, a form for the Office. */
export const ContactForm = ({ unitId, contact, editable }: { unitId: number; contact: UnitContact; editable: boolean }) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [save, { isLoading }] = useUpdateUnitContactMutation();
  const [values, setValues] = React.useState<Record<(typeof FIELDS)[number], string>>(() => valuesOf(contact));
  const [error, setError] = React.useState<string | null>(null);
  // Reset when another unit opens or the saved values change, not when the unit is merely fetched again.
  const { contactName, contactPosition, contactPhone, contactEmail } = contact;
  React.useEffect(() => {
    setValues(valuesOf({ contactName, contactPosition, contactPhone, contactEmail }));
    setError(null);
  }, [unitId, contactName, contactPosition, contactPhone, contactEmail]);

  const labels: Record<(typeof FIELDS)[number], string> = {
    contactName: t('network.contact.name', 'Họ tên'),
    contactPosition: t('network.contact.position', 'Chức vụ'),
    contactPhone: t('network.contact.phone', 'Điện thoại'),
    contactEmail: t('network.contact.email', 'E-mail'),
  };

  if (!editable) {
    return (
      <Flex direction="column" alignItems="stretch" gap={1} data-testid="ew-network-contact">
        {FIELDS.map((field) => (
          <Typography key={field}>
            <Typography fontWeight="semiBold">{labels[field]}: </Typography>
            {contact[field] || t('network.none', '(chưa có)')}
          </Typography>
        ))}
      </Flex>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const answer = await save({ id: unitId, contact: values });
    if ('error' in answer) {
      setError(describeError(answer.error).message ?? t('network.error.save', 'Không lưu được. Hãy thử lại.'));
      return;
    }
    toggleNotification({ type: 'success', message: t('network.contact.saved', 'Đã lưu đầu mối liên hệ.') });
  };

  return (
    <Box tag="form" onSubmit={submit} data-testid="ew-network-contact">
      <Grid.Root gap={3}>
        {FIELDS.map((field) => (
          <Grid.Item key={field} col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name={field}>
              <Field.Label>{labels[field]}</Field.Label>
              <Field.Input
                data-testid={`ew-network-${field}`}
                type={field === 'contactEmail' ? 'email' : field === 'contactPhone' ? 'tel' : 'text'}
                value={values[field]}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [field]: event.target.value })}
              />
            </Field.Root>
          </Grid.Item>
        ))}
      </Grid.Root>
      {error ? (
        <Typography textColor="danger600" role="alert">
          {error}
        </Typography>
      ) : null}
      <Flex paddingTop={3} justifyContent="flex-end">
        <Button type="submit" size="S" loading={isLoading} data-testid="ew-network-contact-save">
          {t('network.contact.save', 'Lưu đầu mối')}
        </Button>
      </Flex>
    </Box>
  );
};

const valuesOf = (contact: UnitContact) => ({
  contactName: contact.contactName ?? '',
  contactPosition: contact.contactPosition ?? '',
  contactPhone: contact.contactPhone ?? '',
  contactEmail: contact.contactEmail ?? '',
});
