import type { SeedPhase, SeedSection } from './types.ts';
import { organisationCodes } from './units.ts';

/** III.2: commendation forms (yearly; interim review 2022–2025) and the standard. */
export const commendations: SeedSection[] = [
  {
    kind: 'commendation_form',
    clause: 'III.2.a',
    vi: 'Khen thưởng hàng năm\nCăn cứ kết quả thực hiện Phong trào thi đua của các tập thể, cá nhân, các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thành phố biểu dương, khen thưởng kịp thời theo thẩm quyền các tập thể, hộ gia đình, cá nhân tiêu biểu.',
    en: "Yearly commendation\nBased on the results collectives and individuals achieve in the emulation movement, the provincial departments, boards, sectors and mass organisations and the People's Committees of the districts and the city praise and commend exemplary collectives, households and individuals promptly, within their authority.",
  },
  {
    kind: 'commendation_form',
    clause: 'III.2.b.1',
    vi: 'Huân chương Lao động',
    en: 'Labour Order',
  },
  {
    kind: 'commendation_form',
    clause: 'III.2.b.2',
    vi: 'Bằng khen của Thủ tướng Chính phủ',
    en: "Prime Minister's Certificate of Merit",
  },
  {
    kind: 'commendation_form',
    clause: 'III.2.b.3',
    vi: 'Bằng khen của Chủ tịch UBND tỉnh',
    en: "Certificate of Merit of the Chairman of the Provincial People's Committee",
  },
  {
    kind: 'commendation_form',
    clause: 'III.2.b.4',
    vi: 'Giấy khen',
    en: 'Certificate of Commendation (Giấy khen)',
  },
  {
    kind: 'commendation_standard',
    clause: 'III.2.b',
    vi: 'Tiêu chuẩn khen thưởng:\nCăn cứ thành tích trong tổ chức, thực hiện Phong trào thi đua, việc xét khen thưởng cho các tập thể, hộ gia đình, cá nhân tiêu biểu, xuất sắc được thực hiện theo quy định của pháp luật về thi đua, khen thưởng.',
    en: 'Commendation standards:\nBased on achievements in organising and implementing the emulation movement, exemplary and outstanding collectives, households and individuals are considered for commendation in accordance with the law on emulation and commendation.',
  },
];

/** IV.1–5. */
export const solutions: SeedSection[] = [
  {
    kind: 'solution',
    clause: 'IV.1',
    vi: 'Đẩy mạnh tuyên truyền chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, nâng cao nhận thức của các tầng lớp Nhân dân về xây dựng, phát triển kết cấu hạ tầng, đảm bảo an sinh xã hội; nhận thức và ý thức về thực hành tiết kiệm, chống lãng phí, qua đó góp phần huy động, phân bổ, sử dụng có hiệu quả các nguồn lực cho phục hồi, phát triển kinh tế, phấn đấu thực hiện thắng lợi các mục tiêu, nhiệm vụ theo Nghị quyết Đại hội đại biểu đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025.',
    en: "Step up communication of the Party's guidelines and policies and the State's laws and policies; raise the awareness of all strata of the People about building and developing infrastructure and ensuring social welfare, and their awareness and sense of practising thrift and combating waste, thereby helping to mobilise, allocate and use resources effectively for economic recovery and development, and striving to achieve the goals and tasks of the Resolution of the 14th Provincial Party Congress, term 2020–2025.",
  },
  {
    kind: 'solution',
    clause: 'IV.2',
    vi: 'Các đơn vị, địa phương rà soát, hoàn thiện, ban hành các cơ chế, chính sách và các văn bản quy phạm pháp luật trong lĩnh vực xây dựng kết cấu hạ tầng để đẩy mạnh đầu tư, xây dựng, phát triển kết cấu hạ tầng đồng bộ, chất lượng, hiện đại. Đẩy mạnh ứng dụng công nghệ cao; chỉ đạo quyết liệt, hoàn thành sớm các công trình dự án quan trọng quốc gia, của tỉnh, các dự án có sức lan tỏa, tạo sự đột phá về phát triển kết cấu hạ tầng kinh tế - xã hội, đảm bảo phát triển kết cấu hạ tầng gắn với nhiệm vụ bảo vệ môi trường, ứng phó với biến đổi khí hậu và đảm bảo quốc phòng, an ninh.\n\nTiếp tục hoàn thiện, ban hành các cơ chế, chính sách trong thực hành tiết kiệm, chống lãng phí trong phạm vi ngành, lĩnh vực quản lý theo thẩm quyền gắn với xác định mục tiêu, chỉ tiêu tiết kiệm và tổ chức thực hiện bảo đảm tiến độ, chất lượng công việc. Thực hiện công khai, minh bạch các hoạt động quản lý và sử dụng ngân sách nhà nước, vốn nhà nước, tài sản nhà nước, lao động, thời gian lao động và tài nguyên. Đẩy mạnh công tác thanh tra, kiểm tra, xử lý vi phạm và công khai việc xử lý vi phạm về thực hành tiết kiệm, chống lãng phí trong phạm vi ngành, lĩnh vực quản lý và đối với các cơ quan, tổ chức thuộc thẩm quyền quản lý. Thực hiện kiện toàn, sắp xếp tổ chức bộ máy hành chính nhà nước theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả, tinh giản biên chế, gắn với cơ cấu lại đội ngũ công chức, viên chức.',
    en: 'Units and localities review, perfect and issue mechanisms, policies and legal documents in the field of infrastructure construction so as to accelerate investment in, and the construction and development of, synchronous, quality and modern infrastructure. Step up the application of high technology; direct resolutely and complete early the nationally and provincially important works and projects and the projects with spill-over effects that create breakthroughs in developing socio-economic infrastructure, ensuring that infrastructure development goes with protecting the environment, responding to climate change and ensuring national defence and security.\n\nContinue to perfect and issue mechanisms and policies for practising thrift and combating waste within the sectors and fields managed, according to authority, linked with setting saving goals and targets and organising implementation so as to ensure the progress and quality of the work. Make the management and use of the State budget, State capital, State assets, labour, working time and resources public and transparent. Step up inspection, checking and the handling of violations, and publicise the handling of violations of the rules on practising thrift and combating waste within the sectors and fields managed and for the agencies and organisations under their authority. Consolidate and rearrange the State administrative apparatus to be lean and to work effectively and efficiently, streamlining staff and restructuring the body of civil servants and public employees.',
  },
  {
    kind: 'solution',
    clause: 'IV.3',
    vi: 'Các tổ chức, doanh nghiệp sử dụng tiến bộ khoa học, công nghệ trong khai thác, chế biến tài nguyên, đảm bảo quản lý, khai thác, sử dụng hợp lý, hiệu quả, tiết kiệm, đúng mục đích tài nguyên; sử dụng có hiệu quả các nguồn lực lao động, thời gian lao động; sử dụng tiết kiệm, đúng mục đích, hiệu quả, công khai, minh bạch nguồn lực đóng góp của cộng đồng. Tập trung cùng nhà nước đầu tư xây dựng kết cấu hạ tầng kinh tế, xã hội; chuyển giao, ứng dụng công nghệ tiên tiến trong đầu tư, quản lý, khai thác các công trình hạ tầng, đảm bảo lợi ích hài hòa giữa Nhà nước, người dân và doanh nghiệp.',
    en: 'Organisations and enterprises use scientific and technological advances in exploiting and processing resources, ensuring that resources are managed, exploited and used rationally, efficiently, thriftily and for the right purposes; use labour and working time effectively; and use the contributions of the community thriftily, for the right purposes, efficiently, publicly and transparently. They join the State in investing in economic and social infrastructure, and transfer and apply advanced technology in investing in, managing and exploiting infrastructure works, ensuring a harmony of interests between the State, the people and enterprises.',
  },
  {
    kind: 'solution',
    clause: 'IV.4',
    vi: 'Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội các cấp làm nòng cốt tham gia vận động, tập hợp, đoàn kết Nhân dân tích cực tham gia xây dựng kết cấu hạ tầng, nhất là hạ tầng giao thông, các công trình phúc lợi trên địa bàn dân cư; nâng cao ý thức thực hành tiết kiệm, chống lãng phí trong đời sống xã hội. Phát huy vai trò giám sát và phản biện xã hội trong việc xây dựng các cơ chế chính sách về xây dựng, phát triển kết cấu hạ tầng trên địa bàn và thực hành tiết kiệm, chống lãng phí.',
    en: 'The Vietnam Fatherland Front of the province and the socio-political organisations at all levels are requested to act as the core in mobilising, gathering and uniting the People to take an active part in building infrastructure, especially transport infrastructure and welfare works in residential areas, and to raise awareness of practising thrift and combating waste in social life; and to bring into play their role of supervision and social criticism in the making of mechanisms and policies on building and developing infrastructure in the province and on practising thrift and combating waste.',
    unit: organisationCodes.fatherlandFront,
  },
  {
    kind: 'solution',
    clause: 'IV.5',
    vi: 'Phát hiện, động viên, biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu xuất sắc trong Phong trào thi đua. Tập trung khen thưởng cán bộ, công chức, viên chức, doanh nhân, kỹ sư, công nhân, người dân có những đề xuất, sáng kiến trong nghiên cứu, xây dựng các cơ chế, chính sách và thực hành tiết kiệm, chống lãng phí, trong đầu tư, huy động các nguồn lực đầu tư từ khu vực ngoài nhà nước tham gia đầu tư phát triển kết cấu hạ tầng hiệu quả.',
    en: 'Discover, encourage, praise and commend promptly the outstanding exemplary collectives and individuals of the emulation movement. Focus commendation on cadres, civil servants, public employees, entrepreneurs, engineers, workers and citizens who make proposals and initiatives in researching and building mechanisms and policies and in practising thrift and combating waste, and in investing and mobilising investment from the non-State sector for effective infrastructure development.',
  },
];

/** V: two phases and their milestones. */
export const phases: SeedPhase[] = [
  {
    code: 'P1',
    nameVi: 'Giai đoạn 1 (từ 2022 - 2025)',
    nameEn: 'Phase 1 (2022–2025)',
    startYear: 2022,
    endYear: 2025,
    descriptionVi:
      'Ban hành Kế hoạch, hướng dẫn tổ chức triển khai trong Quý I năm 2023. Tổ chức sơ kết, đánh giá, rút kinh nghiệm ở tỉnh trong năm 2025 để triển khai giai đoạn tiếp theo.',
    descriptionEn:
      'Issue the plan and the guidance for organising implementation in the first quarter of 2023. Hold the interim review, assessment and drawing of lessons at provincial level in 2025 in order to carry out the next phase.',
    milestones: [
      {
        kind: 'plan_issued',
        dueYear: 2023,
        dueQuarter: 1,
        nameVi: 'Ban hành Kế hoạch, hướng dẫn tổ chức triển khai',
        nameEn: 'Plan and implementation guidance issued',
      },
      {
        kind: 'interim_review',
        dueYear: 2025,
        dueQuarter: null,
        nameVi: 'Tổ chức sơ kết, đánh giá, rút kinh nghiệm ở tỉnh',
        nameEn: 'Provincial interim review, assessment and lessons learned',
      },
    ],
  },
  {
    code: 'P2',
    nameVi: 'Giai đoạn 2 (từ 2026 - 2030)',
    nameEn: 'Phase 2 (2026–2030)',
    startYear: 2026,
    endYear: 2030,
    descriptionVi:
      'Trên cơ sở sơ kết, đánh giá kết quả việc thực hiện Giai đoạn I, Hội đồng Thi đua - Khen thưởng tỉnh tiếp tục triển khai Giai đoạn 2 của Phong trào thi đua và tổng kết vào năm 2030.',
    descriptionEn:
      'On the basis of the interim review and assessment of the results of Phase I, the Provincial Emulation and Commendation Council continues with Phase 2 of the emulation movement and holds the final review in 2030.',
    milestones: [
      {
        kind: 'final_review',
        dueYear: 2030,
        dueQuarter: null,
        nameVi: 'Tổng kết Phong trào thi đua',
        nameEn: 'Final review of the emulation movement',
      },
    ],
  },
];
