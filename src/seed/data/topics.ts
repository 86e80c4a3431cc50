// The topic taxonomy of the appendix of the 2026 information plan (Phụ lục Kế hoạch thông tin,
// tuyên truyền năm 2026). Codes are consistent where the plan's numbering slips: its second "III"
// is section IV, and section III's two subsections numbered 3 are III.3 and III.4.
export interface TopicSeed {
  code: string;            // 'III' or 'III.2'
  title: string;
  /** The lines of information (tuyến thông tin), one per line, each starting with "- ". Empty for sections. */
  description: string;
  /** Code of the department (unit) responsible for the field; subsections only. */
  department?: string;
  children?: TopicSeed[];
}

export const TOPICS: TopicSeed[] = [
  {
    code: 'I',
    title: 'Tổ chức Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 và ổn định tổ chức, hoạt động trong toàn ngành GDĐT',
    description: '',
    children: [
      {
        code: 'I.1',
        title: 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031',
        description:
          '- Tuyến thông tin Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trong toàn ngành Giáo dục.',
        department: 'SGD-VP',
      },
      {
        code: 'I.2',
        title: 'Ổn định tổ chức, hoạt động trong toàn ngành GDĐT',
        description:
          '- Thông tin, tuyên truyền tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp.',
        department: 'SGD-TCCB',
      },
    ],
  },
  {
    code: 'II',
    title: 'Hoàn thiện thể chế, nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về giáo dục',
    description: '',
    children: [
      {
        code: 'II.1',
        title: 'Truyền thông chính sách',
        description:
          '- Thông tin về triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025 - 2030;\n' +
          '- Thông tin về triển khai các Nghị quyết, kết luận của Đảng về giáo dục và đào tạo (Nghị quyết số 71-NQ/TW ngày 22/8/2025, Kết luận số 91-KL/TW ngày 12/8/2024, Nghị quyết số 29-NQ/TW ngày 04/11/2013; Kế hoạch số 05-KH/TU ngày 21/11/2025 của Tỉnh ủy Điện Biên về thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn tỉnh;...);\n' +
          '- Thông tin về quá trình xây dựng, hoàn thiện, ban hành các Văn bản hướng dẫn thi hành Luật Giáo dục, Luật sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục Đại học (sửa đổi), Luật Giáo dục Nghề nghiệp (sửa đổi), Luật Học tập suốt đời;...\n' +
          '- Thông tin về việc thực hiện các Nghị quyết, Chỉ thị, kết luận của Đảng; các văn bản quy phạm pháp luật của Quốc hội, Uỷ ban thường vụ Quốc hội, Chính phủ, Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo, các Bộ, ngành trung ương, Tỉnh uỷ, HĐND tỉnh, UBND tỉnh liên quan đến giáo dục đào tạo.',
        department: 'SGD-VP',
      },
      {
        code: 'II.2',
        title: 'Nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về giáo dục đào tạo',
        description:
          '- Thông tin các hoạt động lãnh đạo, chỉ đạo, điều hành của Lãnh đạo Bộ GDĐT, Sở GDĐT;\n' +
          '- Thông tin về ổn định tổ chức và hoạt động của toàn ngành; công tác quản lý giáo dục theo mô hình chính quyền địa phương 2 cấp; thông tin công tác đổi mới quản lý nhà nước theo hướng đẩy mạnh phân cấp, phân quyền, hiệu lực, hiệu quả. Các giải pháp, mô hình, kinh nghiệm quản trị cơ sở giáo dục theo hướng chuyên nghiệp, hiện đại, tinh gọn…\n' +
          '- Tuyến thông tin về việc xây dựng, ban hành, tổ chức thực hiện các văn bản quy phạm pháp luật do Bộ GDĐT, Sở GDĐT chủ trì soạn thảo, ban hành hoặc trình ban hành năm 2026.\n' +
          '- Tuyến thông tin về đẩy mạnh tự chủ, bảo đảm vai trò kiến tạo để phát triển giáo dục, trách nhiệm giải trình, công khai, minh bạch.',
        department: 'SGD-VP',
      },
    ],
  },
  {
    code: 'III',
    title: 'Thực hiện hiệu quả chương trình giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên và giáo dục nghề nghiệp',
    description: '',
    children: [
      {
        code: 'III.1',
        title: 'Giáo dục mầm non',
        description:
          '- Tuyến thông tin về xây dựng, triển khai mô hình đổi mới, nâng cao chất lượng giáo dục mầm non giai đoạn 2026-2030; các đề án, chương trình về chăm sóc, nuôi dưỡng, giáo dục trẻ em; bồi dưỡng, nâng cao chuyên môn đội ngũ giáo viên...\n' +
          '- Công tác triển khai thực hiện Nghị quyết số 218/2025/QH15 ngày 26/6/2025 của Quốc hội về phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi; Nghị định số 277/2025/NĐ-CP ngày 20/10/2025 của Chính phủ Quy định chi tiết thi hành Nghị quyết số 218/2025/QH15 của Quốc hội về phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi; Kế hoạch số 7443/KH-UBND ngày 23/12/2025 của UBND tỉnh về Thực hiện phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi giai đoạn 2026-2030 trên địa bàn tỉnh;...\n' +
          '- Tuyến thông tin về quá trình xây dựng và triển khai thí điểm Chương trình giáo dục mầm non mới.\n' +
          '- Tuyến thông tin về triển khai giáo dục STEM trong cấp học mầm non.\n' +
          '- Tuyến thông tin về kết quả triển khai các Chương trình, Đề án liên quan đến giáo dục mầm non.\n' +
          '- Thông tin các hoạt động quản lý nhà nước khác trong lĩnh vực giáo dục mầm non.',
        department: 'SGD-GDMN',
      },
      {
        code: 'III.2',
        title: 'Giáo dục phổ thông',
        description:
          '- Thông tin về công tác quản lý chuyên môn, ban hành chính sách dạy và học cấp phổ thông ở các địa phương, cơ sở giáo dục trong bối cảnh mới.\n' +
          '- Thông tin về xây dựng Đề án phát triển Chương trình Giáo dục phổ thông giai đoạn 2026-2030, định hướng 20245; việc thực hiện các quy định mới của Bộ Chính trị về đột phá, phát triển giáo dục và đào tạo; Đề án đưa tiếng Anh thành ngôn ngữ thứ 2 trong trường học;\n' +
          '- Tuyến thông tin về kết quả thi học sinh giỏi (tỉnh, quốc gia, quốc tế, khu vực..) trong năm 2026; cuộc thi khoa học kỹ thuật; những hoạt động tuyên dương, vinh danh học sinh xuất sắc.\n' +
          '- Tuyến thông tin về phân luồng, hướng nghiệp trong giáo dục phổ thông;\n' +
          '- Tuyến thông tin về ứng dụng chuyển đổi số trong giáo dục phổ thông; triển khai học bạ số, học liệu số, xây dựng chương trình môn học trí tuệ nhậ tạo (AI) tự chọn trong Chương trình GDPT, khung năng lực số…\n' +
          '- Thông tin về các Hội nghị chuyên môn được tổ chức trong năm.\n' +
          '- Tuyến thông tin về hoạt động tăng cường tiếng Việt cho học sinh vùng dân tộc thiểu số; thực trạng ban hành chính sách quản lý nhà nước về tiếng Việt.',
        department: 'SGD-GDPT',
      },
      {
        code: 'III.3',
        title: 'Giáo dục thường xuyên',
        description:
          '- Tuyến thông tin về nâng cao chất lượng, hiệu quả thực hiện Chương trình giáo dục thường xuyên cấp THCS và THPT;\n' +
          '- Thông tin đẩy mạnh xây dựng Xã hội học tập, phát triển các mô hình, phương thức, phong trào học tập suốt đời.\n' +
          '- Thông tin về nghiên cứu đề xuất chỉnh sửa Chương trình Giáo dục thường xuyên cấp THCS và cấp THPT.\n' +
          '- Biểu dương các mô hình, cá nhân, tập thể tiêu biểu.',
        department: 'SGD-GDTX',
      },
      {
        code: 'III.4',
        title: 'Phát triển giáo dục nghề nghiệp, đáp ứng yêu cầu của thị trường lao động',
        description:
          '- Tuyến thông tin về công tác quản lý Nhà nước về giáo dục nghề nghiệp gắn với thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030 nhằm phát triển nhanh giáo dục nghề nghiệp, đáp ứng nhu cầu đa dạng của thị trường lao động, của người dân và yêu cầu ngày càng cao về số lượng, cơ cấu, chất lượng nhân lực có kỹ năng nghề cho phát triển đất nước trong từng giai đoạn.',
        department: 'SGD-GDTX',
      },
      {
        code: 'III.5',
        title: 'Đánh giá chất lượng giáo dục',
        description:
          '- Tuyến thông tin về đánh giá chất lượng giáo dục quốc gia, quốc tế (Chương trình đánh giá định kì quốc gia kết quả học tập của học sinh lớp 5, lớp 9, lớp 11 giai đoạn 2024-2027, Chương trình PISA, Chương trình SEA-PLM, Chương trình TALIS…).\n' +
          '- Tuyến thông tin về công tác kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia trường mầm non, cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên.\n' +
          '- Tuyến thông tin về tổ chức kỳ thi tốt nghiệp THPT năm 2026, về triển khai hình thức thi trên máy tính từ năm 2027.\n' +
          '- Thông tin về kỳ thi học sinh giỏi quốc gia, thi Olympic khu vực và quốc tế.\n' +
          '- Thông tin, tuyên truyền về công khai kết quả giáo dục; quản lý văn bằng chứng chỉ...',
        department: 'SGD-QLCL',
      },
    ],
  },
  {
    code: 'IV',
    title: 'Bảo đảm công bằng trong cơ hội tiếp cận giáo dục có chất lượng cho người học',
    description: '',
    children: [
      {
        code: 'IV.1',
        title: 'Giáo dục vùng đồng bào DTTS, miền núi, biên giới',
        description:
          '- Tuyến thông tin về triển khai chủ trương đầu tư xây dựng các trường phổ thông liên cấp tiểu học và trung học cơ sở tại các xã biên giới đất liền.\n' +
          '- Tuyến thông tin về ưu tiên nguồn lực đầu tư cơ sở vật chất, thiết bị dạy học cho các cơ sở giáo dục phổ thông ở vùng có điều kiện kinh tế - xã hội khó khăn, vùng đồng bào dân tộc thiểu số, miền núi, biên giới, hải đảo;\n' +
          '- Tuyến thông tin về triển khai thực hiện chủ trương hỗ trợ bữa ăn trưa cho học sinh tiểu học và trung học cơ sở ở các xã biên giới đất liền từ năm học 2025- 2026.\n' +
          '- Tuyến thông tin về xây dựng thực hiện kế hoạch đạt chuẩn phổ cập giáo dục mầm non cho trẻ em mẫu giáo từ 3 đến 5 tuổi; về triển khai dạy tiếng Việt cho trẻ mầm non trước khi vào lớp 1 đối với con em các dân tộc thiểu số.\n' +
          '- Tuyến thông tin về chính sách giáo dục dân tộc đối với người dạy, người học; củng cố, phát triển mạng lưới các trường phổ thông dân tộc nội trú, trường phổ thông dân tộc bán trú, cơ sở giáo dục vùng đồng bào dân tộc thiểu số; đảm bảo thực hiện tính đa dạng, đặc thù của các dân tộc thiểu số; bảo tồn, phát triển tiếng nói, chữ viết các dân tộc thiểu số.',
        department: 'SGD-GDPT',
      },
      {
        code: 'IV.2',
        title: 'Giáo dục chuyên biệt, hòa nhập',
        description:
          '- Tuyến thông tin về thực hiện quy hoạch hệ thống cơ sở giáo dục chuyên biệt đối với người khuyết tật và hệ thống trung tâm hỗ trợ phát triển giáo dục hòa nhập thời kỳ 2021-2030, tầm nhìn đến 2050;\n' +
          '- Tuyến thông tin về triển khai các phương thức giáo dục hòa nhập, chuyên biệt và bán chuyên biệt để đáp ứng quyền được học tập của người học là trẻ em có hoàn cảnh đặc biệt, người khuyết tật;',
        department: 'SGD-GDPT',
      },
      {
        code: 'IV.3',
        title: 'Xóa mù chữ',
        description:
          '- Tuyến thông tin về triển khai chương trình xóa mù chữ tại các địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn, vùng biên giới, hải đảo, vùng sâu, vùng xa, nơi có tỷ lệ người mù, chữ cao.',
        department: 'SGD-GDTX',
      },
    ],
  },
  {
    code: 'V',
    title: 'Phát triển đội ngũ nhà giáo, cán bộ quản lí cơ sở giáo dục đáp ứng yêu cầu đổi mới giáo dục và đào tạo',
    description: '',
    children: [
      {
        code: 'V.1',
        title: 'Phát triển, nâng cao năng lực đội ngũ nhà giáo',
        description:
          '- Tuyến, thông tin về tuyển dụng, sử dụng biên chế giáo viên, khắc phục tình trạng thiếu giáo viên.\n' +
          '- Tuyến thông tin về công tác bồi dưỡng nâng cao năng lực quản lý, giảng dạy, đáp ứng yêu cầu chuẩn nghề nghiệp nhà giáo, đặc biệt là năng lực ứng dụng công nghệ số, năng lực ngoại ngữ.',
        department: 'SGD-TCCB',
      },
      {
        code: 'V.2',
        title: 'Chế độ chính sách đối với nhà giáo, cán bộ quản lí giáo dục',
        description:
          '- Tuyến thông tin về triển khai thực hiện Luật nhà giáo và các văn bản hướng dẫn thi hành.\n' +
          '- Tuyến thông tin về tiếp tục hoàn thiện chế độ chính sách đối với nhà giáo và cán bộ quản lí giáo dục.\n' +
          '- Thông tin sửa đổi, bổ sung các văn bản về chế độ, chính sách cho nhà giáo.\n' +
          '- Thông tin về các chính sách hỗ trợ phù hợp đối với đội ngũ giáo viên của địa phương cùng chính sách và môi trường giáo dục thu hút giáo viên về công tác tại địa phương.',
        department: 'SGD-TCCB',
      },
    ],
  },
  {
    code: 'VI',
    title: 'Nâng cao hiệu quả sử dụng ngân sách nhà nước, huy động các nguồn lực đầu tư nâng cao chất lượng giáo dục, đào tạo',
    description: '',
    children: [
      {
        code: 'VI.1',
        title: 'Các chương trình mục tiêu quốc gia',
        description:
          '- Tuyến thông tin về triển khai các nội dung thuộc trách nhiệm của Ngành GDĐT trong việc thực hiện các Chương trình, mục tiêu quốc gia.',
        department: 'SGD-KHTC',
      },
      {
        code: 'VI.2',
        title: 'Huy động các nguồn lực đầu tư cho giáo dục',
        description:
          '- Tuyến thông tin về công tác xã hội hóa, huy động các nguồn lực đầu tư cho giáo dục, tiếp tục ưu tiên ngân sách địa phương cho GDĐT.\n' +
          '- Tuyến thông tin về tăng cường các điều kiện bảo đảm chất lượng giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên. Phát triển mạng lưới trường, lớp và bảo đảm cơ sở vật chất, thiết bị dạy học tối thiểu theo quy định; tiếp tục kiên cố hóa trường lớp học, xóa phòng học tạm.\n' +
          '- Tuyến thông tin về các chính sách miễn, giảm, hỗ trợ học phí; chính sách học bổng cho người học các ngành khoa học cơ bản, kỹ thuật then chốt và công nghệ chiến lược.',
        department: 'SGD-KHTC',
      },
    ],
  },
  {
    code: 'VII',
    title: 'Đổi mới công tác giáo dục chính trị, tư tưởng, đạo đức; giáo dục quốc phòng, an ninh và giáo dục thể chất, y tế trường học',
    description: '',
    children: [
      {
        code: 'VII.1',
        title: 'Giáo dục chính trị, tư tưởng, đạo đức',
        description:
          '- Tuyến thông tin về tuyên truyền, đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; chú trọng công tác phát triển Đảng trong học sinh, sinh viên; công tác Đoàn, Hội, Đội.\n' +
          '- Tuyến thông tin về triển khai giáo dục đạo đức, lối sống, giáo dục pháp luật cho học sinh, sinh viên; xây dựng văn hóa học đường trong các cơ sở giáo dục; công tác giáo dục kỹ năng tư vấn, lựa chọn ngành nghề…\n' +
          '- Tuyến thông tin về triển khai công tác hỗ trợ học sinh, sinh viên khởi nghiệp trong các cơ sở giáo dục; chính sách công tác hỗ trợ người học.\n' +
          '- Tuyến thông tin về phòng chống vi phạm pháp luật và tội phạm; việc triển khai các nội dung thuộc trách nhiệm của ngành GDĐT trong thực hiện các Chương trình MTQG về phát triển văn hóa; về phòng chống ma túy.\n' +
          '- Thông tin về các hoạt động và hiệu quả của các hoạt động do ngành tổ chức nhằm giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho học sinh, sinh viên trên không gian mạng.\n' +
          '- Thông tin về hoạt động tập huấn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên về giáo dục lý tưởng cách mạng, đạo đức lối sống văn hóa trên không gian mạng cho học sinh, sinh viên.\n' +
          '- Tiếp tục triển khai xây dựng văn hóa học đường: Thông tin về chỉ đạo, hướng dẫn, tổ chức các hoạt động văn hóa, văn nghệ trong các cơ sở GDĐT; tập huấn công tác xây dựng văn hóa học đường và văn hóa ứng xử trong trường học. Thông tin về các mô hình, điển hình tiên tiến trng xây dựng văn hóa ứng xử lành mạnh; phát huy những giá trị tích cực về thuần phong mỹ tục; nêu cao tinh thần tương thân tương ái, đoàn kết.\n' +
          '- Phòng, chống vi phạm pháp luật và tội phạm: Thông tin về phòng, chống bạo lực học đường và xâm hại tình dục trẻ em. Thông tin về tăng cường năng lực phòng, chống ma tuý trong học đường. Thông tin về phòng ngừa tội phạm và phòng, chống vi phạm phát luật cho học sinh, sinh viên.',
        department: 'SGD-GDPT',
      },
      {
        code: 'VII.2',
        title: 'Giáo dục quốc phòng, an ninh',
        description:
          '- Tuyến thông tin về công tác tổ chức dạy học môn giáo dục quốc phòng và an ninh các cơ sở giáo dục nghề nghiệp, cơ sở giáo dục đại học tự chủ môn học, trung tâm giáo dục quốc phòng và an ninh phân luồng, liên kết đào tạo.\n' +
          '- Tuyến thông tin về Hội thao giáo dục quốc phòng, an ninh học sinh trung học phổ thông toàn quốc lần thứ IV.\n' +
          '- Tuyến thông tin về các hội nghị, hội thi, tập huấn trong lĩnh vực giáo dục quốc phòng, an ninh.',
        department: 'SGD-GDPT',
      },
      {
        code: 'VII.3',
        title: 'Giáo dục thể chất, y tế trường học và đảm bảo an toàn trường học',
        description:
          '- Tuyến thông tin về tuyên truyền, phổ biến kiến thức pháp luật về trật tự an toàn giao thông, xây dựng trường học an toàn, giáo dục phòng cháy chữa cháy, cứu hộ cứu nạn, phòng chống tai nạn, thương tích, đuối nước; công tác phòng chống tác hại của thuốc lá, rượu bia.\n' +
          '- Tuyến thông tin về công tác phòng, chống bạo lực học đường và xâm hại tình dục trẻ em; công tác tư vấn tâm lý học đường tại các cơ sở giáo dục; công tác xã hội, công tác y tế trường học và bảo vệ, chăm sóc sức khỏe trẻ em học sinh, sinh viên.\n' +
          '- Tuyến thông tin về tổ chức và tham gia thi đấu thể thao trường học trong các cơ sở giáo dục trong nước và quốc tế. Đẩy mạnh các hoạt động thể thao cho học sinh, sinh viên gắn kết với nội ý dung môn học giáo dục thể chất trong nhà trường; phát triển hệ thống giải thể thao học sinh, sinh viên, thúc đẩy phát triển các câu lạc bộ thể thao.\n' +
          '- Tuyến thông tin tuyên truyền về phòng chống thuốc lá điện tử trong học sinh, sinh viên; các hoạt động xây dựng mô hình bữa ăn học đường đảm bảo dinh dưỡng hợp lý, an toàn thực phẩm kết hợp các hoạt động thể lực.\n' +
          '- Tuyến thông tin tuyên truyền về công tác phòng chống đuối nước trẻ em, học sinh; triển khai xây dựng chương trình dạy bơi an toàn cho học sinh.\n' +
          '- Thông tin về xây dựng trường học an toàn, phòng chống tai nạn thương tích, dịch bệnh trong các cơ sở giáo dục đào tạo.\n' +
          '- Tuyến thông tin về tổ chức và tham gia các hoạt động thể thao cho học sinh, sinh viên trong tỉnh, toàn quốc và quốc tế.',
        department: 'SGD-GDPT',
      },
    ],
  },
  {
    code: 'VIII',
    title: 'Hiện đại hóa giáo dục đại học, giáo dục nghề nghiệp, tạo đột phá trong đào tạo nhân lực, nguồn nhân lực chất lượng cao gắn với nghiên cứu khoa học và đổi mới sáng tạo',
    description: '',
    children: [
      {
        code: 'VIII.1',
        title: 'Hiện đại hóa giáo dục đại học, giáo dục nghề nghiệp',
        description:
          '- Tuyến thông tin về quy hoạch mạng lưới cơ sở giáo dục đại học và sư phạm, quy hoạch quản lý cơ sở giáo dục nghề nghiệp thời kỳ 2021-2025, tầm nhìn đến 2045.\n' +
          '- Tuyến thông tin về tuyển sinh đại học, cao đẳng 2026.\n' +
          '- Tuyến thông tin về tổ chức thực hiện hiệu quả chuẩn chương trình đào tạo, chuẩn cơ sở giáo dục đại học; các giải pháp bảo đảm chất lượng triển khai các đề án, dự án quan trọng liên quan đến đào tạo nguồn nhân lực chất lượng cao.\n' +
          '- Tuyến thông tin về bảo đảm quyền tự chủ của các cơ sở giáo dục đại học, giáo dục nghề nghiệp gắn với trách nhiệm giải trình;\n' +
          '- Tuyến thông tin về triển khai đề án phát triển một số đại học, trường đại học theo hướng đạt trình độ tiên tiến của nhóm các trường hàng đầu trong khu vực, Châu Á và quốc tế.\n' +
          '- Tuyến thông tin về đổi mới, nâng cao chất lượng giáo dục nghề nghiệp, chú trọng đào tạo nhân lực chất lượng cao các ngành, lĩnh vực trọng điểm.\n' +
          '- Tuyến thông tin về ứng dụng công nghệ thông tin, chuyển đổi số trong giáo dục đại học, giáo dục nghề nghiệp.\n' +
          '- Tuyến thông tin về kỳ thi kỹ năng nghề quốc gia, khu vực và thế giới năm 2026',
        department: 'SGD-GDTX',
      },
      {
        code: 'VIII.2',
        title: 'Nghiên cứu khoa học và đổi mới sáng tạo',
        description:
          '- Tuyến thông tin về nâng cao chất lượng, hiệu quả hoạt động khoa học công nghệ, đổi mới sáng tạo.\n' +
          '- Tuyến thông tin về công bố khoa học trên tạp chí khoa học uy tín quốc tế và trong nước; chuyển giao, ứng dụng kết quả nghiên cứu và thực tiễn; gắn kết quả nghiên cứu với nâng cao chất lượng đào tạo.\n' +
          '- Tuyến thông tin về mở rộng hợp tác với doanh nghiệp trong nghiên cứu, ứng dụng và chuyển giao công nghệ; phát triển hệ sinh thái khởi nghiệp, đổi mới sáng tạo, tạo môi trường thuận lợi để thương mại hóa sản phẩm nghiên cứu gia tăng nguồn thu từ khoa học, công nghệ và đổi mới sáng tạo\n' +
          '- Tuyến thông tin về tăng cường công bố trên các tạp chí khoa học uy tín quốc tế và trong nước; ứng dụng, chuyển giao các kết quả nghiên cứu khoa học vào thực tiễn, nâng cao chất lượng đào tạo gắn với kết quả nghiên cứu khoa học, phát triển khoa học giáo dục.\n' +
          '- Tổ chức triển khai có hiệu quả các đề án, dự án liên quan tới phát triển nguồn nhân lực chất lượng cao; đẩy mạnh nghiên cứu khoa học, viết sáng kiến trong các cơ sở giáo dục.',
        department: 'SGD-QLCL',
      },
    ],
  },
  {
    code: 'IX',
    title: 'Đẩy mạnh chuyển đổi số; tăng cường hội nhập quốc tế trong giáo dục, đào tạo',
    description: '',
    children: [
      {
        code: 'IX.1',
        title: 'Đẩy mạnh chuyển đổi số',
        description:
          '- Tuyến thông tin về tiếp tục xây dựng, hoàn thiện các cơ sở dữ liệu ngành GDĐT, kết nối liên thông dữ liệu trong ngành GDĐT và kết nối với các cơ sở dữ liệu quốc gia.\n' +
          '- Tuyến thông tin về tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong GDĐT giai đoạn 2026-2030.\n' +
          '- Tuyến thông tin về các kết quả thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030.\n' +
          '- Tuyến thông tin về các hoạt động chuyển đổi số trong GDĐT.\n' +
          '- Thông tin thực hiện, tiến độ và hiệu quả của Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022-2025, định hướng đến năm 2030”.\n' +
          '- Thông tin thực hiện Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025”.\n' +
          '- Những kinh nghiệm, cách làm hay của địa phương, cơ sở giáo dục, giáo viên, học sinh, sinh viên ứng dụng CNTT hiệu quả trong dạy và học.\n' +
          '- Thông tin về hệ thống học liệu số, bài giảng điện tử…\n' +
          '- Thực hiện các loại hồ sơ, sổ sách, học bạ điện tử trong nhà trường; khai thác sử dụng có hiệu quả cơ sở dữ liệu ngành.\n' +
          '- Phát triển tài nguyên số và môi trường học tập số, bổ sung vào kho học liệu số toàn ngành, ngân hàng câu hỏi trực tuyến dùng chung, kho bài giảng e-learning.\n' +
          '- Kỹ năng dạy học trực tuyến, kỹ năng chuyển đổi số và kỹ năng tham gia các hoạt động dạy, học trực tuyến đối với giáo viên và học sinh.\n' +
          '- Thông tin về thanh toán học phí không dùng tiền mặt; trao đổi văn bản điện tử, chữ ký số…\n' +
          '- Thông tin về kỹ năng sử dụng CNTT, kỹ năng an toàn thông tin, kỹ năng khai thác, sử dụng hiệu quả các ứng dụng phục vụ công tác quản lý, dạy - học.\n' +
          '- Thông tin về huy động các nguồn lực xã hội chung tay hỗ trợ trang thiết bị đầu cuối và tham gia cung cấp các hệ thống, giải pháp đáp ứng yêu cầu chuyển đổi số,…',
        department: 'SGD-QLCL',
      },
      {
        code: 'IX.2',
        title: 'Tăng cường hội nhập quốc tế',
        description:
          '- Tuyến thông tin về hợp tác, thu hút, sử dụng hiệu quả các nguồn lực của nước ngoài cho GDĐT.\n' +
          '- Tuyến thông tin về đẩy mạnh hợp tác đào tạo; nghiên cứu khoa học; mở rộng chương trình đào tạo nghề theo chuẩn quốc tế; hợp tác với các tổ chức quốc tế, doanh nghiệp FDI, hiệp hội nghề nghiệp để xây dựng các chương trình chuyển giao công nghệ đào tạo, chuẩn hóa đội ngũ giảng viên.\n' +
          '- Tuyến thông tin về tăng cường công tác hoạt lí, hoạt động của các cơ sở giáo dục có yếu tố nước ngoài và tổ chức kinh doanh dịch vụ tư vấn du học.\n' +
          '- Tuyến thông tin về hợp tác đầu tư với nước ngoài trong lĩnh vực giáo dục; thông tin về nhu cầu nguồn nhân lực với những lĩnh vực cần ưu tiên giai đoạn 2025- 2030 và các giải pháp nâng cao chất lượng đào tạo nhân lực tại nước ngoài theo các đề án, chương trình, học bổng do Bộ GDĐT quản lý.\n' +
          '- Thông tin ngành Giáo dục chủ động mở rộng hợp tác song phương, đa phương, hợp tác và đầu tư với nước ngoài.\n' +
          '- Thông tin đẩy mạnh thu hút sinh viên quốc tế, nhà khoa học có uy tín ở nước ngoài đến học tập, giảng dạy, nghiên cứu ở Việt Nam.\n' +
          '- Thông tin về kết quả Việt Nam tham gia chương trình đánh giá chất lượng giáo dục quốc tế đối với giáo dục phổ thông và các bảng xếp hạng đại học quốc tế uy tín.\n' +
          '- Thông tin về các chương trình hợp tác đào tạo với các quốc gia Lào, Trung Quốc, Thái Lan.',
        department: 'SGD-VP',
      },
    ],
  },
  {
    code: 'X',
    title: 'Thực hiện hiệu quả các phong trào thi đua, khen thưởng',
    description: '',
    children: [
      {
        code: 'X.1',
        title: 'Thực hiện hiệu quả các phong trào thi đua toàn ngành',
        description:
          '- Tuyến thông tin triển khai có hiệu quả phong trào thi đua toàn ngành giáo dục thi đua đổi mới sáng tạo, nâng cao chất lượng GDĐT, cung cấp nguồn nhân lực chất lượng cao đáp ứng yêu cầu phát triển đất nước giai đoạn 2025-2030.\n' +
          '- Tuyến thông tin về các phong trào thi đua do thủ tướng chính phủ phát động: Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, chống lãng phí; Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030; Cả nước thi đua đổi mới sáng tạo và chuyển đổi số, Bình dân học vụ số.\n' +
          '- Tuyến thông tin về tổ chức, công tác xét tặng danh hiệu Nhà giáo dân nhân dân, Nhà giáo ưu tú lần thứ XVII; các hội thi, hội giảng cho nhà giáo; hoạt động của cụm, khối thi đua trong sở GDĐT, đơn vị trực thuộc Bộ GDĐT năm học 2025-2026 và năm 2026.',
        department: 'SGD-VP',
      },
      {
        code: 'X.2',
        title: 'Tôn vinh, vinh danh khen thưởng trong giáo dục đào tạo',
        description:
          '- Tuyến thông tin về các hoạt động ghi nhận, tôn vinh các nhà giáo, cán bộ quản lí giáo dục tiêu biểu năm 2026; học sinh đoạt giải Olympic, KHKT quốc tế năm 2026.\n' +
          '- Tuyến thông tin về các cơ quan, tổ chức, cá nhân có ý tưởng, sáng kiến, cách làm đột phá, sáng tạo, hiệu quả trong lĩnh vực GDĐT.\n' +
          '- Tuyến thông tin về phong trào toàn ngành Giáo dục thi đua thực hiện thắng lợi nhiệm vụ đổi mới, nâng cao chất lượng GDĐT chào mừng Đại hội Đảng các cấp, tiến tới Đại hội XIV của Đảng.\n' +
          '- Tuyến thông tin về các điển hình tiên tiến trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.\n' +
          '- Tuyến thông tin về những mô hình hay, cách làm sáng tạo, gương tập thể, cá nhân điển hình tiêu biển trong phong trào thi đua “Cả nước xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030”.\n' +
          '- Tuyến thông tin về các hoạt động ghi nhận, tôn vinh nhà giáo, cán bộ quản lý giáo dục, học sinh tiêu biểu năm 2026; học sinh đoạt giải HSG và KHKT cấp tỉnh, quốc gia, quốc tế năm 2026.',
        department: 'SGD-VP',
      },
    ],
  },
  {
    code: 'XI',
    title: 'Tăng cường công tác truyền thông giáo dục',
    description: '',
    children: [
      {
        code: 'XI.1',
        title: 'Tăng cường công tác truyền thông giáo dục',
        description:
          '- Thông tin, truyền thông về các chủ trương, chính sách mới của ngành; việc triển khai thực hiện các nghị quyết của Đảng, Quốc hội, Chính phủ về đổi mới căn bản, toàn diện giáo dục và đào tạo; các hoạt động và các sự kiện lớn. Đa dạng hóa các phương thức truyền thông. Tăng cường phối hợp, xử lý hiệu quả các vấn đề về truyền thông, nhất là các vấn đề xã hội quan tâm, bức xúc để xã hội, nhân dân hiểu, chia sẻ, ủng hộ và đóng góp nhiều hơn cho ngành.',
        department: 'SGD-VP',
      },
    ],
  },
  {
    code: 'XII',
    title: 'Một số hoạt động khác',
    description: '',
    children: [
      {
        code: 'XII.1',
        title: 'Điểm mới, điểm sáng, kết quả nổi bật, tiêu biểu của ngành GDĐT',
        description:
          '- Mô hình, cách thức thực hiện các nhiệm vụ, trách nhiệm của các cấp, các ngành, các doanh nghiệp, các gia đình trong việc tích cực thực hiện xã hội hóa giáo dục.\n' +
          '- Kết quả nổi bật của ngành giáo dục và đào tạo cả nước nói chung và tỉnh Điện Biên nói riêng;\n' +
          '- Các giải pháp giáo dục, phổ biến khoa học, tài nguyên học liệu số,…\n' +
          '- Thông tin về gương nhà giáo, học sinh, sinh viên nỗ lực vượt khó, sáng tạo, có thành tích xuất sắc trong nghiên nghiên cứu, giảng dạy, học tập, những mô hình trường học tiêu biểu; gương người tốt, việc tốt, điển hình tiên tiến trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” gắn với thực hiện “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”…\n' +
          '- Thông tin về Kết quả các kỳ thi, cuộc thi, kiểm tra đánh giá chất lượng giáo dục; các hoạt động tuyên dương, vinh danh học sinh giỏi các cấp…\n' +
          '- Kết quả triển khai thực hiện Chương trình giáo dục phổ thông 2018.\n' +
          '- Các hoạt động trải nghiệm; hoạt động từ thiện và nhân đạo; công tác huy động các nguồn lực xã hội cho ngành Giáo dục.',
        department: 'SGD-VP',
      },
    ],
  },
];
