/**
 * Vietnamese labels of the newsroom's fields in the content-manager, with a hint where a field
 * needs one, the columns of each list view and the field relation pickers show.
 */
export interface TypeLabels {
  fields: Record<string, string | [label: string, hint: string]>;
  list: string[];
  mainField: string;
}

export const FIELD_LABELS: Record<string, TypeLabels> = {
  'api::article.article': {
    mainField: 'title',
    list: ['title', 'kind', 'unit', 'updatedAt'],
    fields: {
      title: 'Tiêu đề',
      slug: ['Đường dẫn (slug)', 'Tạo tự động từ tiêu đề khi lưu; giữ nguyên khi sửa tiêu đề.'],
      summary: ['Sapo (tóm tắt)', 'Một đến ba câu giới thiệu tin, bài.'],
      body: 'Nội dung',
      kind: ['Thể loại', 'news: tin; article: bài; feature: chuyên đề; response: phản hồi chính thức; consultation: lấy ý kiến dự thảo.'],
      cover: 'Ảnh đại diện',
      gallery: 'Ảnh, video kèm theo',
      videoLinks: [
        'Liên kết video (YouTube, Facebook)',
        'Danh sách đường dẫn video, mỗi đường dẫn trong ngoặc kép, ví dụ ["https://www.youtube.com/watch?v=..."]. Chỉ nhận YouTube và Facebook.',
      ],
      documents: ['Văn bản đính kèm', 'Tệp PDF, DOCX hoặc XLSX (ví dụ văn bản chỉ đạo). Chỉ công khai khi tin bài được đăng.'],
      topics: ['Chủ đề', 'Chủ đề đầu tiên là chủ đề chính: tin bài được chuyển tới phòng phụ trách chủ đề đó.'],
      planLines: ['Tuyến thông tin', 'Các tuyến thông tin của Kế hoạch (Phụ lục) mà tin bài tuyên truyền; tính vào độ phủ kế hoạch.'],
      unit: 'Đơn vị',
      byline: 'Tác giả (bút danh)',
      channelWebsite: ['Đăng trên trang thông tin điện tử', 'Luôn bật: mọi tin bài được đăng đều lên trang thông tin điện tử của Sở.'],
      channelFanpage: ['Đăng trên fanpage', 'Khi đăng, tin bài được đăng lên Fanpage Facebook ngành GDĐT (tiêu đề, sapo, ảnh đại diện và đường dẫn).'],
      channelPortal: ['Gửi Cổng thông tin điện tử tỉnh', 'Tin bài được đưa vào nguồn tin cho Cổng thông tin điện tử tỉnh khi đăng.'],
      channelPress: ['Gửi báo chí', 'Khi đăng, tin bài được gửi qua thư điện tử tới danh sách báo chí. Tác phẩm của chi hội được chọn sẵn khi tạo; bỏ chọn nếu không gửi.'],
      createdAt: 'Ngày tạo',
      updatedAt: 'Cập nhật lúc',
      publishedAt: 'Ngày đăng',
    },
  },
  'api::unit.unit': {
    mainField: 'name',
    list: ['name', 'code', 'kind', 'active'],
    fields: {
      name: 'Tên đơn vị',
      code: ['Mã đơn vị', 'Chữ in hoa không dấu, số và dấu gạch: SGD-QLCL, XA-MUONGPHANG.'],
      kind: ['Loại đơn vị', 'department: phòng của Sở; commune-culture: Phòng VH-XH xã, phường; affiliated: đơn vị trực thuộc; school: trường; association: chi hội.'],
      defaultDepartment: ['Phòng phụ trách mặc định', 'Tin bài có chủ đề không gắn phòng nào được chuyển tới phòng này.'],
      contactName: ['Đầu mối truyền thông', 'Cán bộ đầu mối phụ trách truyền thông của đơn vị (Kế hoạch, mục III.3). Không công khai.'],
      contactPosition: ['Chức vụ đầu mối', 'Không công khai.'],
      contactPhone: ['Điện thoại đầu mối', 'Không công khai.'],
      contactEmail: ['E-mail liên hệ', 'Không công khai.'],
      active: 'Đang hoạt động',
    },
  },
  'api::plan-line.plan-line': {
    mainField: 'label',
    list: ['code', 'label', 'form', 'department'],
    fields: {
      code: ['Mã', 'Tiểu mục và số thứ tự của tuyến: III.2.3.'],
      text: 'Nội dung tuyến thông tin',
      label: ['Tên hiển thị', 'Mã và nội dung rút gọn, hiện khi chọn tuyến cho tin bài.'],
      form: 'Hình thức truyền thông',
      topic: 'Thuộc tiểu mục',
      department: 'Phòng phụ trách',
      order: 'Thứ tự',
    },
  },
  'api::topic.topic': {
    mainField: 'title',
    list: ['code', 'title', 'parent', 'department'],
    fields: {
      code: ['Mã', 'Mục: I…XII; tiểu mục: III.2.'],
      title: 'Tên chủ đề',
      description: 'Tuyến thông tin',
      parent: 'Thuộc mục',
      children: 'Tiểu mục',
      department: 'Phòng phụ trách lĩnh vực',
      order: 'Thứ tự',
    },
  },
  'api::media-asset.media-asset': {
    mainField: 'title',
    // Browsing the archive: thumbnail, unit, topics, when it was sent (filter by month), consent.
    list: ['file', 'title', 'unit', 'topics', 'createdAt', 'containsMinors', 'consentConfirmed', 'public'],
    fields: {
      title: 'Tiêu đề',
      caption: 'Chú thích',
      file: 'Tệp ảnh/video',
      kind: ['Loại', 'photo: ảnh; video: video.'],
      unit: 'Đơn vị',
      topics: 'Chủ đề',
      takenAt: 'Thời điểm chụp/quay',
      credit: 'Tác giả ảnh/video',
      containsMinors: ['Có hình ảnh trẻ em', 'Không được công khai khi chưa xác nhận sự đồng ý của cha mẹ, người giám hộ.'],
      consentConfirmed: 'Đã có sự đồng ý của cha mẹ, người giám hộ',
      public: 'Công khai trên trang thông tin điện tử',
    },
  },
  'api::opinion-report.opinion-report': {
    mainField: 'period',
    list: ['period', 'unit', 'submittedAt', 'receiptStatus'],
    fields: {
      unit: 'Đơn vị',
      period: ['Tháng báo cáo', 'Dạng YYYY-MM, ví dụ 2026-11. Mỗi đơn vị một báo cáo mỗi tháng, gửi trước ngày 20.'],
      concerns: ['Vấn đề dư luận quan tâm (mẫu cũ)', 'Nội dung của mẫu báo cáo cũ; khi lưu, nội dung này thành một mục của báo cáo.'],
      handling: ['Kết quả xử lý (mẫu cũ)', 'Việc đã làm theo mẫu báo cáo cũ.'],
      noIssues: ['Không có vấn đề phát sinh', 'Đơn vị xác nhận trong tháng không có vấn đề dư luận nào.'],
      entries: ['Các vấn đề dư luận', 'Mỗi mục là một vấn đề trong danh mục dư luận, với việc đã làm và kết quả.'],
      signedScan: ['Bản scan có chữ ký (PDF)', 'Không bắt buộc.'],
      submittedAt: ['Thời điểm gửi', 'Hệ thống tự ghi khi gửi báo cáo lần đầu; quyết định đúng hạn hay trễ hạn.'],
      lastFiledAt: ['Thời điểm gửi gần nhất', 'Hệ thống tự ghi khi đơn vị gửi lại báo cáo.'],
      receiptStatus: ['Tình trạng tiếp nhận', 'filed: đã gửi, chờ Văn phòng tiếp nhận; acknowledged: Văn phòng đã tiếp nhận; returned: Văn phòng trả lại.'],
      returnReason: 'Lý do trả lại',
      receivedAt: 'Thời điểm Văn phòng xử lý',
      receiverName: 'Người tiếp nhận',
    },
  },
  'api::deadline-policy.deadline-policy': {
    mainField: 'note',
    list: ['state', 'workingDays', 'note'],
    fields: {
      state: ['Bước chờ xử lý', 'in_review: phòng chuyên môn biên tập; awaiting_approval: Trưởng phòng duyệt; approved: Phòng QLCL đăng tải.'],
      workingDays: ['Hạn (ngày làm việc)', 'Tính từ lúc tin bài chuyển đến bước này; bỏ qua thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết. Quá hạn thì danh sách tin bài chờ xử lý ghi “Quá hạn”.'],
      note: 'Ghi chú',
    },
  },
  'api::reason-category.reason-category': {
    mainField: 'label',
    list: ['order', 'code', 'label', 'active'],
    fields: {
      code: ['Mã', 'Chữ thường không dấu, số và dấu gạch: facts, photo-consent. Không đổi mã đã dùng: lịch sử và thống kê ghi theo mã.'],
      label: ['Tên loại lý do', 'Người trả lại hoặc gỡ bài chọn theo tên này; thống kê đếm số lần trả lại theo đơn vị và loại.'],
      order: 'Thứ tự',
      active: ['Đang dùng', 'Tắt để không cho chọn nữa; lịch sử cũ vẫn giữ tên loại.'],
    },
  },
  'api::report-setting.report-setting': {
    mainField: 'agencyName',
    list: ['sendDay', 'sendEnabled', 'signerName'],
    fields: {
      sendDay: ['Ngày gửi báo cáo tháng', 'Ngày trong tháng (1 đến 28) gửi báo cáo tháng trước cho Lãnh đạo Sở qua thư điện tử, lúc 7 giờ 30.'],
      sendEnabled: ['Gửi báo cáo tháng', 'Tắt để không gửi thư; báo cáo vẫn tải được trên trang Thống kê.'],
      agencyParent: ['Cơ quan chủ quản', 'Dòng trên cùng bên trái: UBND TỈNH ĐIỆN BIÊN.'],
      agencyName: ['Tên cơ quan', 'Dòng thứ hai bên trái, in đậm: SỞ GIÁO DỤC VÀ ĐÀO TẠO.'],
      place: ['Địa danh', 'Trước ngày tháng: "Điện Biên, ngày … tháng … năm …".'],
      numberSuffix: ['Ký hiệu văn bản', 'Sau số: "Số: …/BC-SGDĐT".'],
      recipients: ['Nơi nhận', 'Mỗi dòng một nơi nhận, ví dụ: Bộ GDĐT (b/c);'],
      signerAuthority: ['Quyền hạn ký', 'Ví dụ: KT. GIÁM ĐỐC.'],
      signerTitle: ['Chức vụ người ký', 'Ví dụ: PHÓ GIÁM ĐỐC.'],
      signerName: 'Họ và tên người ký',
    },
  },
  'api::working-calendar-day.working-calendar-day': {
    mainField: 'note',
    list: ['date', 'kind', 'note'],
    fields: {
      date: ['Ngày', 'Ngày theo giờ Việt Nam. Chỉ ghi những ngày thư viện ngày lễ không biết: nghỉ bù, nghỉ thêm dịp Tết theo thông báo của Chính phủ, thứ Bảy làm bù.'],
      kind: ['Loại ngày', 'day-off: ngày nghỉ (kể cả khi rơi vào ngày thường); working-day: ngày làm việc (kể cả thứ Bảy, Chủ nhật hoặc ngày lễ). Hạn xử lý và thời gian xử lý tính theo ngày này.'],
      note: ['Ghi chú', 'Ví dụ: số văn bản thông báo của Chính phủ, Bộ Nội vụ.'],
    },
  },
  'api::quota-policy.quota-policy': {
    mainField: 'note',
    list: ['unitKind', 'metric', 'period', 'minimum'],
    fields: {
      unitKind: 'Loại đơn vị',
      unit: ['Đơn vị (nếu chỉ áp dụng cho một đơn vị)', 'Để trống: áp dụng cho mọi đơn vị cùng loại.'],
      metric: ['Chỉ số', 'items_submitted: tin bài gửi; features_submitted: chuyên đề; items_published: tin bài được đăng; media_assets: ảnh/video; opinion_report_on_time: báo cáo dư luận đúng hạn.'],
      period: ['Kỳ', 'week: tuần; month: tháng.'],
      minimum: 'Mức tối thiểu',
      dueDay: ['Hạn (ngày trong tháng)', 'Báo cáo gửi từ ngày này trở đi là muộn.'],
      note: 'Ghi chú',
    },
  },
};
