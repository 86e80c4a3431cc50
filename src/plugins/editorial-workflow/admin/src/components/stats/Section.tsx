import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

type SectionProps = { title: string; subtitle?: string; actions?: React.ReactNode; children: React.ReactNode };

/** A white card with a title and its actions (exports, selectors), as Strapi's settings pages lay theirs out. */
export const Section = ({ title, subtitle, actions, children }: SectionProps) => (
  <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap" paddingBottom={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {subtitle ? (
          <Typography variant="pi" textColor="neutral600">
            {subtitle}
          </Typography>
        ) : null}
      </Flex>
      {actions ? (
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          {actions}
        </Flex>
      ) : null}
    </Flex>
    {children}
  </Box>
);
