import type { SeedMovement, SeedSection } from './types.ts';
import { provinceCode } from './units.ts';

// The Vietnamese strings in these files are the plan's words, spelling slips included (e.g.
// "Úng dụng", "bối trí", "sáp xếp"); plan-source.vi.txt holds the whole text and the tests
// check every passage against it.

export const movementTitleVi =
  'Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí';

export const movement: SeedMovement = {
  code: 'HTCS-THTK-2022-2030',
  titleVi: movementTitleVi,
  titleEn:
    'Lai Châu accelerates the development of synchronous, modern infrastructure; practises thrift and combats waste',
  // why: the text we hold carries no document number, so only the plan's own name is kept.
  documentVi: `Kế hoạch triển khai Phong trào thi đua “${movementTitleVi}”`,
  issuerUnit: provinceCode,
  signerName: 'Trần Tiến Dũng',
  startYear: 2022,
  endYear: 2030,
};

/** Each "Căn cứ" document of the preamble. */
export const legalBases: SeedSection[] = [
  {
    kind: 'legal_basis',
    clause: 'preamble.1',
    vi: 'Luật Thực hành, tiết kiệm chống lãng phí ngày 26 tháng 11 năm 2013',
    en: 'Law on Practising Thrift and Combating Waste of 26 November 2013',
  },
  {
    kind: 'legal_basis',
    clause: 'preamble.2',
    vi: 'Nghị định số 84/2014/NĐ-CP ngày 08 tháng 9 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thực hành, tiết kiệm chống lãng phí',
    en: 'Government Decree No. 84/2014/NĐ-CP of 8 September 2014 detailing the implementation of certain articles of the Law on Practising Thrift and Combating Waste',
  },
  {
    kind: 'legal_basis',
    clause: 'preamble.3',
    vi: 'Nghị quyết số 105/NQ-CP ngày 19 tháng 11 năm 2019 của Chính phủ về triển khai thực hiện Kết luận của Bộ Chính trị về tình hình thực hiện Nghị quyết 13-NQ/TW ngày 16 tháng 01 năm 2012 của Ban Chấp hành Trung ương khóa XI về xây dựng kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020',
    en: "Government Resolution No. 105/NQ-CP of 19 November 2019 on implementing the Politburo's Conclusion on the implementation of Resolution 13-NQ/TW of 16 January 2012 of the 11th Party Central Committee on building synchronous infrastructure so that our country basically becomes a modern-oriented industrialised country by 2020",
  },
  {
    kind: 'legal_basis',
    clause: 'preamble.4',
    vi: 'Quyết định số 1478/QĐ-TTg ngày 28 tháng 11 năm 2022 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai Phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”',
    en: "Prime Minister's Decision No. 1478/QĐ-TTg of 28 November 2022 issuing the Plan to implement the emulation movement “Accelerating the development of synchronous, modern infrastructure; practising thrift and combating waste”",
  },
];

/** I.1 a–d. */
export const purposes: SeedSection[] = [
  {
    kind: 'purpose',
    clause: 'I.1.a',
    vi: 'Cụ thể hóa việc triển khai các nội dung phong trào thi đua phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”. Tạo khí thế thi đua sôi nổi, phát huy sức mạnh của cả hệ thống chính trị và các tầng lớp Nhân dân trong đẩy mạnh xây dựng, phát triển kết cấu hạ tầng kinh tế, xã hội đồng bộ, hiện đại trên phạm vi toàn tỉnh, từng ngành và từ tỉnh đến cơ sở, đáp ứng yêu cầu phát triển kinh tế - xã hội và thực hiện nghiêm các quy định của pháp luật về thực hành tiết kiệm, chống lãng phí trong đời sống xã hội.',
    en: 'To give concrete form to the implementation of the contents of the emulation movement “Accelerating the development of synchronous, modern infrastructure; practising thrift and combating waste”. To create a vibrant spirit of emulation and bring into play the strength of the whole political system and all strata of the People in accelerating the construction and development of synchronous, modern economic and social infrastructure throughout the province, in every sector and from the province down to the grassroots, meeting the requirements of socio-economic development, and to observe strictly the provisions of law on practising thrift and combating waste in social life.',
  },
  {
    kind: 'purpose',
    clause: 'I.1.b',
    vi: 'Nâng cao vai trò, trách nhiệm của các cơ quan, các địa phương, đặc biệt là vai trò của người đứng đầu cấp ủy, chính quyền địa phương và Thủ trưởng các cơ quan, đơn vị trong thực hiện phát triển kết cấu hạ tầng đảm bảo đúng hoặc vượt tiến độ, an toàn, đúng quy định của pháp luật; đảm bảo thực hành tiết kiệm, chống lãng phí trong triển khai thực hiện.',
    en: 'To raise the role and responsibility of agencies and localities, especially the role of the heads of Party committees and local governments and of the heads of agencies and units, in developing infrastructure on or ahead of schedule, safely and in accordance with the law; and to ensure thrift and combat waste in implementation.',
  },
  {
    kind: 'purpose',
    clause: 'I.1.c',
    vi: 'Thông qua phong trào thi đua, nâng cao nhận thức, trách nhiệm và hành động của các cấp, các ngành trong chỉ đạo điều hành, triển khai thực hiện tốt các chỉ tiêu, biện pháp, giải pháp phát triển kết cấu hạ tầng theo hướng đồng bộ, phù hợp với chức năng, điều kiện thực tế của địa phương, cơ quan, đơn vị và việc thực hành tiết kiệm, chống lãng phí trong cán bộ, đảng viên, các tầng lớp Nhân dân nhằm ngăn chặn, đẩy lùi tình trạng lãng phí trên tất cả các lĩnh vực.',
    en: 'Through the emulation movement, to raise the awareness, responsibility and action of all levels and sectors in directing, managing and carrying out well the targets, measures and solutions for developing infrastructure in a synchronous way suited to the functions and actual conditions of each locality, agency and unit, and the practice of thrift and combating of waste among cadres, Party members and all strata of the People, so as to prevent and push back waste in all fields.',
  },
  {
    kind: 'purpose',
    clause: 'I.1.d',
    vi: 'Khơi dậy mạnh mẽ tinh thần hăng say lao động sản xuất, tạo niềm tin và khát vọng phát triển quê hương giàu mạnh, phát huy tính chủ động, sáng tạo của cả hệ thống chính trị và Nhân dân; tự lực tự cường, khai thác tối đa tiềm năng của từng vùng và địa phương, thực hiện thắng lợi Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020-2025.',
    en: 'To arouse strongly an enthusiasm for productive labour, build confidence and the aspiration to develop a prosperous and strong homeland, and bring into play the initiative and creativity of the whole political system and the People; to be self-reliant and self-strengthening, make the most of the potential of each area and locality, and carry out successfully the Resolution of the 14th Congress of Delegates of the Lai Châu Provincial Party Organisation, term 2020–2025.',
  },
];

/** I.2 a–c. */
export const requirements: SeedSection[] = [
  {
    kind: 'requirement',
    clause: 'I.2.a',
    vi: 'Phong trào thi đua “Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí” được xác định là một trong những phong trào thi đua trọng tâm, thường xuyên của các cấp, các ngành, các địa phương, các doanh nghiệp và Nhân dân; gắn với đề cao trách nhiệm người đứng đầu trong chỉ đạo, điều hành và tổ chức thực hiện,',
    en: 'The emulation movement “Lai Châu accelerates the development of synchronous, modern infrastructure; practises thrift and combats waste” is identified as one of the key, regular emulation movements of all levels, sectors, localities, enterprises and the People, linked with upholding the responsibility of heads in directing, managing and organising implementation.',
  },
  {
    kind: 'requirement',
    clause: 'I.2.b',
    vi: 'Phát động thi đua với nội dung thiết thực, hình thức phong phú, sâu rộng, đồng bộ, phải bám sát các chủ trương, định hướng tại các Nghị quyết của cấp uỷ, chính quyền các cấp; phát huy sáng kiến, sáng tạo của các cấp, các ngành, các tầng lớp nhân dân, huy động các nguồn lực nhà nước, địa phương cũng như toàn xã hội để đẩy mạnh phát triển kết cấu hạ tầng, đảm bảo phát triển kinh tế - xã hội nhanh, bền vững; thực hành tiết kiệm, chống lãng phí trong sử dụng vốn, tài sản, lao động và tài nguyên, phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020-2025.',
    en: 'To launch emulation with practical content and rich, broad and synchronous forms that follow closely the policies and orientations in the Resolutions of Party committees and governments at all levels; to bring into play the initiative and creativity of all levels, sectors and strata of the people and mobilise State, local and society-wide resources to accelerate infrastructure development and ensure fast, sustainable socio-economic development; to practise thrift and combat waste in the use of capital, assets, labour and resources; and to strive to meet the targets of the Resolution of the 14th Congress of Delegates of the Lai Châu Provincial Party Organisation, term 2020–2025.',
  },
  {
    kind: 'requirement',
    clause: 'I.2.c',
    vi: 'Thường xuyên kiểm tra, giám sát thực hiện Phong trào thi đua, định kỳ sơ kết, tổng kết, kịp thời phát hiện, biểu dương, khen thưởng, nhân rộng các điển hình tiêu biểu xuất sắc, tạo động lực thúc đẩy Phong trào thi đua, không chạy theo thành tích.',
    en: 'To inspect and supervise the implementation of the emulation movement regularly, hold periodic interim and final reviews, and promptly discover, praise, commend and replicate outstanding exemplary models, creating momentum for the emulation movement without chasing achievements for their own sake.',
  },
];

/** II.1: who takes part. */
export const participants: SeedSection[] = [
  {
    kind: 'participants',
    clause: 'II.1.a',
    vi: 'Tập thể\nCác sở, ban ngành, đoàn thể tỉnh; các huyện thành phố; các doanh nghiệp thuộc khối thi đua; các phòng ban chuyên môn, đơn vị trực thuộc các sở, ban ngành, đoàn thể tỉnh; các huyện, thành phố; các xã, phường, thị trấn trong tỉnh; các doanh nghiệp, hợp tác xã, các tổ chức có liên quan trong triển khai thực hiện phong trào thi đua.',
    en: 'Collectives\nProvincial departments, boards, sectors and mass organisations; the districts and the city; enterprises in emulation blocks; specialised offices and units under the provincial departments, boards, sectors and mass organisations; the districts and the city; communes, wards and townships in the province; enterprises, cooperatives and organisations concerned in implementing the emulation movement.',
  },
  {
    kind: 'participants',
    clause: 'II.1.b',
    vi: 'Cá nhân\nCán bộ, công chức, viên chức, người lao động thuộc các cơ quan, đơn vị, địa phương; Nhân dân, hộ gia đình trong và ngoài tỉnh tích cực tham gia đóng góp cho phong trào thi đua.',
    en: 'Individuals\nCadres, civil servants, public employees and workers of agencies, units and localities; people and households inside and outside the province who actively take part in and contribute to the emulation movement.',
  },
];

/** II.2: the two paragraphs that introduce the content lines. */
export const contentIntro: SeedSection[] = [
  {
    kind: 'content_intro',
    clause: 'II.2',
    vi: 'Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020-2025 nêu nhiệm vụ trọng tâm là phát triển kết cấu hạ tầng. Tập trung nguồn lực đầu tư xây dựng hệ thống kết cấu hạ tầng kỹ thuật quan trọng, các công trình động lực cho quá trình phát triển, trọng tâm là phát triển hạ tầng giao thông. Đồng thời, xác định nhiệm vụ đột phá là xây dựng kết cấu hạ tầng đồng bộ, nhất là hạ tầng giao thông và hạ tầng nông nghiệp, nông thôn; chú trọng các công trình giao thông huyết mạch kết nối trong tỉnh và các tỉnh khu vực.',
    en: 'The Resolution of the 14th Congress of Delegates of the Lai Châu Provincial Party Organisation, term 2020–2025, sets infrastructure development as a key task: concentrating resources on building important technical infrastructure and the works that drive development, with transport infrastructure at the centre. It also makes building synchronous infrastructure, above all transport infrastructure and agricultural and rural infrastructure, a breakthrough task, with attention to arterial transport works connecting places within the province and with the provinces of the region.',
  },
  {
    kind: 'content_intro',
    clause: 'II.2',
    vi: 'Để thực hiện tốt nhiệm vụ đẩy mạnh phát triển hệ thống kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí, các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các tổ chức xã hội, các đoàn thể nhân dân (sau đây viết tắt là đơn vị, địa phương), tổ chức, doanh nghiệp, hộ gia đình và mỗi công dân tập trung:',
    en: "To carry out well the task of accelerating the development of a synchronous, modern infrastructure system and of practising thrift and combating waste, the departments, boards and sectors, the Vietnam Fatherland Front Committee of the province, socio-political organisations, social organisations and people's mass organisations (hereinafter “units and localities”), organisations, enterprises, households and every citizen concentrate on:",
  },
];
