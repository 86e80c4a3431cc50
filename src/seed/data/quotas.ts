import type { UnitKind } from './units';

export const QUOTA_METRICS = [
  'items_submitted',
  'features_submitted',
  'items_published',
  'media_assets',
  'opinion_report_on_time',
] as const;
export type QuotaMetric = (typeof QUOTA_METRICS)[number];
export type QuotaPeriod = 'week' | 'month';

export interface QuotaSeed {
  unitKind: UnitKind;
  metric: QuotaMetric;
  period: QuotaPeriod;
  minimum: number;
  dueDay?: number;
  note: string;
}

/** The quotas of sections III.2 and III.3 of the 2026 communication plan, one row per unit kind and metric. */
export const DEFAULT_QUOTAS: QuotaSeed[] = [
  { unitKind: 'commune-culture', metric: 'items_submitted', period: 'week', minimum: 2, note: 'Ít nhất 02 tin, bài/tuần' },
  { unitKind: 'commune-culture', metric: 'media_assets', period: 'month', minimum: 1, note: 'Ít nhất 01 ảnh/video mỗi tháng' },
  { unitKind: 'commune-culture', metric: 'opinion_report_on_time', period: 'month', minimum: 1, dueDay: 20, note: 'Báo cáo dư luận trước ngày 20 hằng tháng' },
  { unitKind: 'department', metric: 'items_submitted', period: 'week', minimum: 1, note: 'Ít nhất 01 tin, bài/tuần' },
  { unitKind: 'department', metric: 'features_submitted', period: 'month', minimum: 1, note: 'Ít nhất 01 chuyên đề/tháng' },
  { unitKind: 'affiliated', metric: 'items_submitted', period: 'week', minimum: 1, note: 'Ít nhất 01 tin, bài/tuần' },
  { unitKind: 'affiliated', metric: 'features_submitted', period: 'month', minimum: 1, note: 'Ít nhất 01 chuyên đề/tháng' },
  { unitKind: 'affiliated', metric: 'media_assets', period: 'month', minimum: 1, note: 'Ít nhất 01 ảnh/video mỗi tháng' },
  { unitKind: 'affiliated', metric: 'opinion_report_on_time', period: 'month', minimum: 1, dueDay: 20, note: 'Báo cáo dư luận trước ngày 20 hằng tháng' },
  { unitKind: 'school', metric: 'items_submitted', period: 'week', minimum: 0, note: 'Khuyến khích gửi tin, bài: không có mức tối thiểu, vẫn được thống kê' },
  { unitKind: 'school', metric: 'media_assets', period: 'month', minimum: 1, note: 'Ít nhất 01 ảnh/video mỗi tháng' },
  // Plan III.3 addresses schools too (issue 15 item 4). An existing database gets this policy from
  // `npm run seed` (the reference seed creates the kind-wide policies that are missing, keeps the rest).
  { unitKind: 'school', metric: 'opinion_report_on_time', period: 'month', minimum: 1, dueDay: 20, note: 'Báo cáo dư luận trước ngày 20 hằng tháng' },
  { unitKind: 'association', metric: 'items_submitted', period: 'month', minimum: 1, note: 'Gửi tác phẩm, bài viết hằng tháng' },
];
