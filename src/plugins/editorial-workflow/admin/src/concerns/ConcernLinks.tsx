import * as React from 'react';
import { Badge, Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { Link, useNavigate } from 'react-router-dom';
import { LINK_PURPOSE_LABELS, formatResponseTime, type ConcernLinks as Links } from '../../../shared/contracts/concern-links';
import { ITEM_KIND_LABELS } from '../../../shared/item-field-labels';
import type { ConcernKind } from '../../../shared/contracts/concerns';
import { itemEditPath } from '../constants';
import { describeError } from '../utils/errors';
import { useDraftConcernResponseMutation, useGetConcernLinksQuery, useGetLinkCandidatesQuery, useLinkConcernItemMutation } from './links-api';
import { useConcernsText, vietnamTime } from './messages';

/**
 * The Sở's answer to a concern: the items linked to it (the official response, items that answer it,
 * the coverage planned for a forecast), the time from filing to the first response online, and for
 * the Office's authors the button that drafts the official response (it opens in the item form).
 */
export const ConcernLinks = ({ id, kind }: { id: number; kind: ConcernKind }) => {
  const say = useConcernsText();
  const navigate = useNavigate();
  const { data } = useGetConcernLinksQuery(id);
  const [draft, { isLoading }] = useDraftConcernResponseMutation();
  const [error, setError] = React.useState<string | null>(null);
  if (!data) return null;

  const draftResponse = async () => {
    setError(null);
    try {
      const { itemDocumentId } = await draft(id).unwrap();
      navigate(itemEditPath(itemDocumentId));
    } catch (failure) {
      setError(describeError(failure).message ?? say('links.draftError', 'Không soạn được phản hồi. Hãy thử lại.'));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-concern-links">
      <Typography variant="delta" tag="h3">
        {kind === 'forecast' ? say('links.titleForecast', 'Tin bài dự kiến đưa') : say('links.title', 'Phản hồi và tin bài liên quan')}
      </Typography>
      <ResponseTime links={data} kind={kind} />
      {data.links.map((link) => (
        <Flex key={link.itemDocumentId} gap={2} wrap="wrap" padding={2} background="neutral100" hasRadius>
          <Badge>{LINK_PURPOSE_LABELS[link.purpose]}</Badge>
          <Link to={itemEditPath(link.itemDocumentId)}>{link.title}</Link>
          <Typography variant="pi" textColor="neutral600">
            {`${ITEM_KIND_LABELS[link.kind] ?? link.kind} · ${link.stateLabel}${link.unitName ? ` · ${link.unitName}` : ''}${link.firstPublishedAt ? ` · ${say('links.publishedAt', 'đăng lúc {time}', { time: vietnamTime(link.firstPublishedAt) })}` : ''}`}
          </Typography>
        </Flex>
      ))}
      {data.canDraftResponse ? (
        <Flex gap={3}>
          <Button variant="secondary" onClick={draftResponse} loading={isLoading} data-testid="ew-concern-draft-response">
            {say('links.draft', 'Soạn phản hồi chính thức')}
          </Button>
          <Typography variant="pi" textColor="neutral600">{say('links.draftHint', 'Văn phòng soạn, Lãnh đạo Sở duyệt, Phòng QLCL đăng; không qua phòng chuyên môn.')}</Typography>
        </Flex>
      ) : null}
      {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
      {data.canLink ? <LinkForm id={id} /> : null}
    </Flex>
  );
};

const ResponseTime = ({ links, kind }: { links: Links; kind: ConcernKind }) => {
  const say = useConcernsText();
  if (links.firstResponseAt && links.responseMinutes !== null) {
    return (
      <Typography tag="p" data-testid="ew-concern-response-time">
        {say('links.responseTime', 'Phản hồi đầu tiên đăng lúc {time}, sau {duration} kể từ khi tiếp nhận vấn đề.', {
          time: vietnamTime(links.firstResponseAt),
          duration: formatResponseTime(links.responseMinutes),
        })}
      </Typography>
    );
  }
  if (kind === 'forecast') return null;
  return <Typography tag="p" textColor="neutral600">{say('links.noResponse', 'Chưa có phản hồi nào được đăng.')}</Typography>;
};

/** Finds an item by its title (those the person sees) and links it. */
const LinkForm = ({ id }: { id: number }) => {
  const say = useConcernsText();
  const [q, setQ] = React.useState('');
  const query = q.trim();
  const { data: candidates = [] } = useGetLinkCandidatesQuery(query, { skip: query.length < 2 });
  const [link] = useLinkConcernItemMutation();
  const [error, setError] = React.useState<string | null>(null);

  const choose = async (itemDocumentId: string) => {
    setError(null);
    try {
      await link({ id, itemDocumentId }).unwrap();
      setQ('');
    } catch (failure) {
      setError(describeError(failure).message ?? say('links.linkError', 'Không gắn được tin bài. Hãy thử lại.'));
    }
  };

  return (
    <Box data-testid="ew-concern-link-form">
      <Field.Root name="ew-concern-link-search">
        <Field.Label>{say('links.search', 'Gắn tin bài (tìm theo tiêu đề)')}</Field.Label>
        <Field.Input value={q} maxLength={200} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setQ(event.target.value)} />
      </Field.Root>
      {query.length >= 2
        ? candidates.map((candidate) => (
            <Flex key={candidate.documentId} gap={2} paddingTop={2}>
              <Button variant="tertiary" size="S" onClick={() => choose(candidate.documentId)}>{say('links.link', 'Gắn')}</Button>
              <Typography>{`${candidate.title} · ${candidate.stateLabel}${candidate.unitName ? ` · ${candidate.unitName}` : ''}`}</Typography>
            </Flex>
          ))
        : null}
      {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
    </Box>
  );
};
