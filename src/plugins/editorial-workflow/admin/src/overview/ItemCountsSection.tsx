import { Box, Flex, Typography } from '@strapi/design-system';
import type { ByMonth, ItemCounts, OverviewMonth, OverviewReport } from '../../../shared/contracts/overview';
import { Section } from '../components/stats/Section';
import { ComparisonTable, type ComparisonRow } from './ComparisonTable';
import { Figure } from './Figure';
import { sectionLink, statsLink } from './links';
import { useOverviewText } from './messages';

/** "12 gửi · 8 đăng", each figure a link. */
const Pair = ({ counts, to, testId }: { counts: ItemCounts; to: string; testId: string }) => {
  const { say } = useOverviewText();
  return (
    <Flex gap={1} wrap="wrap">
      <Figure to={to} testId={`${testId}-submitted`} label={say('figure.submitted', '{count} tin bài đã gửi', { count: counts.submitted })}>
        {say('pair.submitted', '{count} gửi', { count: counts.submitted })}
      </Figure>
      <Typography textColor="neutral500">·</Typography>
      <Figure to={to} testId={`${testId}-published`} label={say('figure.published', '{count} tin bài đã đăng', { count: counts.published })}>
        {say('pair.published', '{count} đăng', { count: counts.published })}
      </Figure>
    </Flex>
  );
};

/** Items submitted and published, by unit kind (and in all) and by section of the plan. */
export const ItemCountsSection = ({ data }: { data: OverviewReport }) => {
  const { say, kindLabel } = useOverviewText();
  const pairOf = (counts: ByMonth<ItemCounts>, to: (which: OverviewMonth) => string, testId: string) => (which: OverviewMonth) => (
    <Pair counts={counts[which]} to={to(which)} testId={`${testId}-${which}`} />
  );
  const kindRows: ComparisonRow[] = [
    ...data.byKind.map(({ kind, counts }) => ({
      key: kind,
      label: kindLabel(kind),
      cell: pairOf(counts, (which) => statsLink(data.months[which], { unitKind: kind }), `overview-kind-${kind}`),
    })),
    {
      key: 'total',
      label: <Typography fontWeight="bold">{say('total', 'Tổng cộng')}</Typography>,
      cell: pairOf(data.totals, (which) => statsLink(data.months[which]), 'overview-total'),
    },
  ];
  const sectionRows: ComparisonRow[] = data.bySection.map(({ code, title, counts }) => ({
    key: code,
    // The plan's section titles run to two lines of text: cut to the column, whole on hover.
    label: (
      <Box maxWidth="36rem" title={`${code}. ${title}`}>
        <Typography ellipsis>
          <Typography fontWeight="semiBold">{code}.</Typography> {title}
        </Typography>
      </Box>
    ),
    cell: pairOf(counts, () => sectionLink(code), `overview-section-${code}`),
  }));
  return (
    <Section
      title={say('items.title', 'Tin bài gửi và đăng')}
      subtitle={say('items.subtitle', 'Lần gửi đầu tiên và lần đăng đầu tiên của mỗi tin bài, theo đơn vị lúc đó (như trang Thống kê).')}
    >
      <Flex direction="column" alignItems="stretch" gap={5}>
        <ComparisonTable months={data.months} header={say('column.kind', 'Loại đơn vị')} rows={kindRows} testId="overview-kind" />
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="epsilon" tag="h3">
            {say('sections.title', 'Theo chuyên mục của Kế hoạch')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {say('sections.hint', 'Một tin bài được tính một lần ở mỗi chuyên mục có chủ đề của nó; tin bài chưa gắn chủ đề không thuộc chuyên mục nào.')}
          </Typography>
          <ComparisonTable months={data.months} header={say('column.section', 'Chuyên mục')} rows={sectionRows} testId="overview-section" />
        </Flex>
      </Flex>
    </Section>
  );
};
