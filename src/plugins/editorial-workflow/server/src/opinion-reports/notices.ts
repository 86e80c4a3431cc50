import { NO_ISSUES_LABEL } from '../../../shared/contracts/opinion-reports';
import type { Notice } from '../notifications/transition-notice';
import { vietnamTime } from '../utils/vietnam-time';

/** What a notice about a report names: the unit, the month, what it holds. */
export interface ReportFacts {
  unitName: string;
  unitCode: string;
  period: string;
  noIssues: boolean;
  entryCount: number;
  onTime: boolean;
}

const PAGE = 'Xem ở trang "Báo cáo dư luận" của Tòa soạn.';
const monthOf = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;
const contentOf = (facts: ReportFacts) => (facts.noIssues ? `Nội dung: ${NO_ISSUES_LABEL.toLowerCase()}.` : `Số vấn đề báo cáo: ${facts.entryCount}.`);

/** A unit filed its report, or filed it again after an edit or a return: the Office receives it. */
export function filedNotice(facts: ReportFacts, by: { name: string; refiled: boolean; at: Date }): Notice {
  return {
    action: by.refiled ? 'opinion-report-refiled' : 'opinion-report-filed',
    title: `${by.refiled ? 'Báo cáo dư luận gửi lại' : 'Báo cáo dư luận mới'}: ${facts.unitName} tháng ${monthOf(facts.period)}`,
    lines: [
      `${by.name} (${facts.unitName}, ${facts.unitCode}) ${by.refiled ? 'gửi lại' : 'gửi'} báo cáo dư luận tháng ${monthOf(facts.period)} lúc ${vietnamTime(by.at)}.`,
      contentOf(facts),
      facts.onTime ? 'Báo cáo được gửi đúng hạn (tính theo lần gửi đầu tiên).' : 'Báo cáo được gửi sau hạn (tính theo lần gửi đầu tiên).',
      'Văn phòng Sở tiếp nhận hoặc trả lại báo cáo (kèm lý do).',
      PAGE,
    ],
  };
}

/** The Office acknowledged the report: the unit is told. */
export function acknowledgedNotice(facts: ReportFacts, by: { name: string; at: Date }): Notice {
  return {
    action: 'opinion-report-acknowledged',
    title: `Văn phòng Sở đã tiếp nhận báo cáo dư luận tháng ${monthOf(facts.period)}`,
    lines: [`${by.name} (Văn phòng Sở) tiếp nhận báo cáo dư luận tháng ${monthOf(facts.period)} của ${facts.unitName} lúc ${vietnamTime(by.at)}.`, PAGE],
  };
}

/** The Office returned the report: the unit is told why, and that it may file it again. */
export function returnedNotice(facts: ReportFacts, by: { name: string; at: Date }, reason: string): Notice {
  return {
    action: 'opinion-report-returned',
    title: `Văn phòng Sở trả lại báo cáo dư luận tháng ${monthOf(facts.period)}`,
    lines: [
      `${by.name} (Văn phòng Sở) trả lại báo cáo dư luận tháng ${monthOf(facts.period)} của ${facts.unitName} lúc ${vietnamTime(by.at)}.`,
      `Lý do: ${reason}`,
      'Hãy sửa và gửi lại báo cáo. Nếu lần gửi đầu đúng hạn, báo cáo vẫn được tính đúng hạn.',
      PAGE,
    ],
  };
}
