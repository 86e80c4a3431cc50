import { Box, Typography } from '@strapi/design-system';
import type { NotAvailable } from '../../../shared/contracts/overview';
import { Section } from '../components/stats/Section';

/** A part of the overview whose desk is not in the system yet: a note, never a zero that would read as "nothing open". */
export const NotYetSection = ({ title, note, testId }: { title: string; note: NotAvailable; testId: string }) => (
  <Section title={title}>
    <Box background="neutral100" hasRadius padding={4} data-testid={testId}>
      <Typography textColor="neutral600">{note.reason}</Typography>
    </Box>
  </Section>
);
