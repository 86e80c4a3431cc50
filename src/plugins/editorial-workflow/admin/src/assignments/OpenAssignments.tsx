import * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { PLUGIN_ID } from '../../../shared/permissions';
import { itemEditPath } from '../constants';
import { useGetOpenAssignmentsQuery } from './api';
import { STATUS_VARIANT } from './labels';
import { vietnamTime } from './time';

/**
 * The queue's "Nhiệm vụ viết bài": the open parts (not yet submitted) of the person's own units,
 * soonest due first, each opening its assignment's page. Nothing shows when there is none.
 */
export const OpenAssignments = () => {
  const open = useGetOpenAssignmentsQuery();
  if (!open.data || open.data.length === 0) return null;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="ew-open-assignments">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="delta" tag="h2">Nhiệm vụ viết bài</Typography>
        {open.data.map((row) => (
          <Flex key={row.targetId} gap={3} data-testid={`ew-open-assignment-${row.assignmentId}`}>
            <Badge variant={STATUS_VARIANT[row.status]}>{row.statusLabel}</Badge>
            <Link to={`/plugins/${PLUGIN_ID}-assignments?id=${row.assignmentId}`}>{row.title}</Link>
            <Typography variant="pi" textColor="neutral600">{`${row.unitName}${row.lineCode ? ` · ${row.lineCode}` : ''} · hạn ${vietnamTime(row.dueAt)}`}</Typography>
            {row.itemDocumentId ? <Link to={itemEditPath(row.itemDocumentId)}>Bài đang viết</Link> : null}
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};
