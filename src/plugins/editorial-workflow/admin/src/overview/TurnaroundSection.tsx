import { Typography } from '@strapi/design-system';
import type { OverviewReport } from '../../../shared/contracts/overview';
import type { DurationFigure } from '../../../shared/contracts/turnaround';
import { Section } from '../components/stats/Section';
import { ComparisonTable, type ComparisonRow } from './ComparisonTable';
import { Figure } from './Figure';
import { statsLink } from './links';
import { useOverviewText } from './messages';

/** Submission → approval and approval → publication, p50 and p90 in working days, leading to the statistics page's turnaround of that month. */
export const OverviewTurnaround = ({ data }: { data: OverviewReport }) => {
  const { say, days } = useOverviewText();
  const turnaround = data.turnaround;
  const row = (key: 'submissionToApproval' | 'approvalToPublication', label: string): ComparisonRow => ({
    key,
    label,
    cell: (which) => {
      const figure: DurationFigure = turnaround![which][key];
      return (
        <Figure to={statsLink(data.months[which])} testId={`overview-turnaround-${key}-${which}`}>
          {figure.count === 0
            ? say('turnaround.none', 'không có tin bài')
            : say('turnaround.figure', 'p50 {p50} · p90 {p90} ngày ({count} tin bài)', { p50: days(figure.p50), p90: days(figure.p90), count: figure.count })}
        </Figure>
      );
    },
  });
  return (
    <Section title={say('turnaround.title', 'Thời gian xử lý')} subtitle={say('turnaround.subtitle', 'Tính theo ngày làm việc; p50: một nửa số tin bài xong trong thời gian này, p90: chín phần mười.')}>
      {turnaround === null ? (
        <Typography textColor="neutral600">{say('turnaround.outOfScope', 'Bạn không phụ trách phòng chuyên môn nào: không có thời gian xử lý để xem.')}</Typography>
      ) : (
        <ComparisonTable
          months={data.months}
          header={say('column.step', 'Bước')}
          testId="overview-turnaround"
          rows={[row('submissionToApproval', say('turnaround.review', 'Gửi → duyệt (phòng chuyên môn)')), row('approvalToPublication', say('turnaround.publication', 'Duyệt → đăng (Phòng QLCL)'))]}
        />
      )}
    </Section>
  );
};
