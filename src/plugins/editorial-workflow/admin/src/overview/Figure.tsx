import { Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';

/** A figure of the overview and the list behind it. */
export const Figure = ({ to, testId, children, label }: { to: string; testId?: string; label?: string; children: React.ReactNode }) => (
  <Link to={to} data-testid={testId} aria-label={label} title={label}>
    <Typography fontWeight="semiBold" textColor="primary600">
      {children}
    </Typography>
  </Link>
);
