/**
 * The form of communication of one line of the plan's appendix. The appendix's third column is
 * "Hình thức/Sản phẩm truyền thông", and each entry opens with the product it asks for: "Tuyến
 * thông tin…" (a running line of news followed through the year), "Thông tin…" (news items and
 * articles), "Tuyên truyền…", "Biểu dương…" or "Tôn vinh…" (items that honour someone). An entry
 * that names no product ("Công tác triển khai…", "Những kinh nghiệm…") asks for news items and
 * articles about it, the appendix's default product, so it gets that form too.
 *
 * Read from the opening words only, so a line that mentions honours further on ("…ghi nhận, tôn
 * vinh…") keeps the product its opening names. A heading before a colon ("Phòng, chống…: Thông tin
 * về…") is skipped: the product is what follows it.
 */
export const PLAN_LINE_FORMS = {
  running: 'Tuyến thông tin',
  news: 'Tin, bài thông tin',
  newsAndPromotion: 'Tin, bài thông tin, tuyên truyền',
  promotion: 'Tin, bài tuyên truyền',
  honours: 'Tin, bài biểu dương, tôn vinh',
} as const;

const RULES: Array<[RegExp, string]> = [
  // "Tuyến thông tin", also as the plan once misprints it: "Tuyến, thông tin".
  [/^tuyến\s*,?\s*thông tin/, PLAN_LINE_FORMS.running],
  [/^thông tin\s*,\s*tuyên truyền/, PLAN_LINE_FORMS.newsAndPromotion],
  [/^thông tin/, PLAN_LINE_FORMS.news],
  [/^tuyên truyền/, PLAN_LINE_FORMS.promotion],
  [/^(biểu dương|tôn vinh|vinh danh)/, PLAN_LINE_FORMS.honours],
];

function formOfOpening(opening: string): string | undefined {
  return RULES.find(([pattern]) => pattern.test(opening))?.[1];
}

export function planLineFormOf(text: string): string {
  const opening = text.replace(/^[\s\-–]+/, '').normalize('NFC').toLowerCase();
  const direct = formOfOpening(opening);
  if (direct) return direct;
  const colon = opening.indexOf(':');
  const afterHeading = colon > 0 && colon < 120 ? formOfOpening(opening.slice(colon + 1).trim()) : undefined;
  return afterHeading ?? PLAN_LINE_FORMS.news;
}
