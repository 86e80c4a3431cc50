import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { DiffPart, SnapshotDiff } from '../../../shared/contracts/snapshots';
import { useFieldLabel } from '../comments/messages';
import { useSnapshotText } from './messages';

/** Unchanged text longer than this is shortened to its ends: the side panel is narrow, the changes are what matter. */
const KEPT_CONTEXT = 60;

const ADDED: React.CSSProperties = { background: '#c6f0c2', textDecoration: 'underline', textDecorationColor: '#328048' };
const REMOVED: React.CSSProperties = { background: '#f5c0b8', textDecoration: 'line-through', textDecorationColor: '#b72b1a' };

/** A run of unchanged text, shortened in the middle (and at the outer end of the first and last run). */
function shorten(text: string, index: number, count: number): string {
  if (text.length <= KEPT_CONTEXT * 2 + 5) return text;
  const head = index === 0 ? '' : text.slice(0, KEPT_CONTEXT);
  const tail = index === count - 1 ? '' : text.slice(-KEPT_CONTEXT);
  return `${head} … ${tail}`;
}

const WordParts = ({ parts }: { parts: DiffPart[] }) => (
  <Typography variant="pi" tag="p" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
    {parts.map((part, index) =>
      part.kind === 'same' ? (
        <React.Fragment key={index}>{shorten(part.text, index, parts.length)}</React.Fragment>
      ) : part.kind === 'added' ? (
        <ins key={index} data-testid="ew-diff-added" style={ADDED}>
          {part.text}
        </ins>
      ) : (
        <del key={index} data-testid="ew-diff-removed" style={REMOVED}>
          {part.text}
        </del>
      )
    )}
  </Typography>
);

/** The fields that changed between the two sides, each with its Vietnamese name; the texts word by word. */
export const DiffView = ({ diff }: { diff: SnapshotDiff }) => {
  const say = useSnapshotText();
  const fieldLabel = useFieldLabel();
  if (diff.same || diff.changes.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600" data-testid="ew-diff-same">
        {say('diff.same', 'Không có thay đổi: hai phiên bản có cùng nội dung.')}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="ew-diff" tag="ul" style={{ listStyle: 'none', padding: 0 }}>
      {diff.changes.map((change) => (
        <Box key={change.field} tag="li" data-testid="ew-diff-field" data-field={change.field} paddingLeft={3} style={{ borderLeft: '2px solid #7b79ff' }}>
          <Typography variant="omega" fontWeight="semiBold" tag="p">
            {fieldLabel(change.field)}
          </Typography>
          {change.parts ? (
            <WordParts parts={change.parts} />
          ) : (
            <>
              <Typography variant="pi" tag="p" style={{ wordBreak: 'break-word' }}>
                <span style={REMOVED}>{change.before || say('diff.empty', '(trống)')}</span>
              </Typography>
              <Typography variant="pi" tag="p" style={{ wordBreak: 'break-word' }}>
                → <span style={ADDED}>{change.after || say('diff.empty', '(trống)')}</span>
              </Typography>
            </>
          )}
        </Box>
      ))}
    </Flex>
  );
};
