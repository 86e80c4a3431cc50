/**
 * The Vietnamese names of an item's fields, as its edit view shows them (src/field-labels gives the
 * content-manager the same names with hints): one list for the comments' field anchors in the side
 * panel (the Vietnamese defaults of `comments.field.*`) and in the mention e-mail.
 */
export const ITEM_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Tiêu đề',
  slug: 'Đường dẫn (slug)',
  summary: 'Sapo (tóm tắt)',
  body: 'Nội dung',
  kind: 'Thể loại',
  cover: 'Ảnh đại diện',
  gallery: 'Ảnh, video kèm theo',
  topics: 'Chủ đề',
  unit: 'Đơn vị',
  byline: 'Tác giả (bút danh)',
  channelWebsite: 'Đăng trên trang thông tin điện tử',
  channelFanpage: 'Đăng trên fanpage',
  channelPortal: 'Gửi Cổng thông tin điện tử tỉnh',
  channelPress: 'Gửi báo chí',
};

/** The item's kinds (`kind`), as the edit view names them. */
export const ITEM_KIND_LABELS: Readonly<Record<string, string>> = {
  news: 'Tin',
  article: 'Bài',
  feature: 'Chuyên đề',
  // The official response of the Sở to a concern of the public (issue 15): its own lane, shared/state-machine.ts.
  response: 'Phản hồi chính thức / thông cáo',
  // A draft policy put to the public for comments (issue 22): dates, draft and department in consultations/.
  consultation: 'Lấy ý kiến dự thảo',
};
