import type { SeedSection } from './types.ts';
import { departmentCodes as d, organisationCodes as o } from './units.ts';

/**
 * VI.1–8 and the closing paragraph. The per-sector bullets of VI.1 ("+ Sở … căn cứ …") live
 * in sectors.ts, each with its lead department, and are not repeated here.
 */
export const duties: SeedSection[] = [
  {
    kind: 'duty',
    area: 'infrastructure',
    clause: 'VI.1',
    vi: 'Các sở, ban, ngành tỉnh căn cứ chức năng quản lý nhà nước về ngành, lĩnh vực và nhiệm vụ được giao triển khai các nhiệm vụ sau:\n- Xây dựng kế hoạch, các tiêu chí thi đua cụ thể về xây dựng, phát triển kết cấu hạ tầng; hướng dẫn, triển khai, tăng cường kiểm tra, đôn đốc việc thực hiện đảm bảo nội dung, chất lượng và tiến độ. Trong đó:',
    en: 'Provincial departments, boards and sectors, according to their State-management functions for their sectors and fields and the tasks assigned to them, carry out the following tasks:\n- Draw up plans and specific emulation criteria on building and developing infrastructure; guide and implement them, and step up inspection and urging so that implementation keeps to content, quality and schedule. In particular:',
  },
  {
    kind: 'duty',
    area: 'thrift',
    clause: 'VI.1',
    vi: 'Xây dựng kế hoạch, cụ thể hóa các mục tiêu, chỉ tiêu tiết kiệm, chống lãng phí của cấp mình, ngành mình, hướng dẫn, triển khai, tăng cường kiểm tra, đôn đốc việc thực hiện đảm bảo nội dung, chất lượng và tiến độ. Xây dựng và ban hành định mức, tiêu chuẩn do cơ quan nhà nước có thẩm quyền ban hành theo quy định của pháp luật, áp dụng chung trong tỉnh hoặc trong phạm vi ngành, lĩnh vực, địa phương. Thực hiện thanh tra, kiểm tra, xử lý vi phạm và công khai việc xử lý vi phạm về thực hành tiết kiệm, chống lãng phí trong phạm vi ngành, lĩnh vực quản lý và đối với các cơ quan, tổ chức thuộc thẩm quyền quản lý.',
    en: 'Draw up plans that give concrete form to the thrift and anti-waste goals and targets of their own level and sector; guide and implement them, and step up inspection and urging so that implementation keeps to content, quality and schedule. Draw up and issue the norms and standards that competent State bodies issue under the law, applying throughout the province or within a sector, field or locality. Inspect, check and handle violations, and publicise the handling of violations of the rules on practising thrift and combating waste within the sectors and fields managed and for the agencies and organisations under their authority.',
  },
  {
    kind: 'duty',
    area: 'thrift',
    clause: 'VI.1',
    vi: 'Sở Tài chính tham mưu UBND tỉnh chương trình, kế hoạch tiết kiệm, chống lãng phí giai đoạn và hằng năm có gắn với phong trào thi đua “Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm chống lãng phí” để thực hiện thống nhất trong toàn tỉnh.',
    en: "The Department of Finance advises the Provincial People's Committee on the multi-year and yearly thrift and anti-waste programmes and plans linked with the emulation movement “Lai Châu accelerates the development of synchronous, modern infrastructure; practises thrift and combats waste”, for uniform implementation throughout the province.",
    unit: d.finance,
  },
  {
    // why: addressed to all eight district People's Committees, so no single unit is named.
    kind: 'duty',
    clause: 'VI.2',
    vi: 'UBND các huyện, thành phố\nXây dựng kế hoạch cụ thể để tổ chức phong trào thi đua trên địa bàn nhằm thực hiện có hiệu quả nhiệm vụ phát triển kết cấu hạ tầng, trong đó chú trọng xây dựng các nhiệm vụ, kế hoạch nhằm phát huy tốt nhất các lợi thế đặc thù của mỗi vùng, địa phương, đẩy mạnh sự phối hợp của các cấp, các ngành trong việc xây dựng, tổ chức thực hiện thống nhất, đồng bộ các loại quy hoạch ngành quốc gia với quy hoạch vùng, địa phương góp phần phát triển kết cấu hạ tầng kinh tế, xã hội đồng bộ.\nXây dựng, hoàn thiện Chương trình thực hành tiết kiệm, chống lãng phí hàng năm và dài hạn, trong đó xác định rõ mục tiêu, chỉ tiêu, biện pháp, tiêu chí đánh giá thực hành tiết kiệm, chống lãng phí hàng năm; tổ chức, triển khai thực hiện các biện pháp thực hành tiết kiệm, chống lãng phí trong phạm vi địa phương; thực hiện thanh tra, kiểm tra và xử lý nghiêm minh, kịp thời theo đúng thẩm quyền và thực hiện công khai việc xử lý đối với hành vi vi phạm pháp luật về thực hành tiết kiệm, chống lãng phí tại địa phương.',
    en: "People's Committees of the districts and the city\nDraw up specific plans to organise the emulation movement in their areas so as to carry out the task of developing infrastructure effectively, with attention to tasks and plans that make the best of the particular advantages of each area and locality, and to closer coordination between levels and sectors in drawing up and implementing national sectoral plans together with regional and local plans in a uniform, synchronous way, contributing to the synchronous development of economic and social infrastructure.\nDraw up and perfect yearly and long-term programmes for practising thrift and combating waste that set out clearly the yearly goals, targets, measures and criteria for assessing the practice of thrift and combating of waste; organise and carry out thrift and anti-waste measures within the locality; inspect, check and handle violations of the law on practising thrift and combating waste in the locality strictly and promptly, within their authority, and publicise how they were handled.",
  },
  {
    kind: 'duty',
    clause: 'VI.3',
    vi: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội, các tổ chức xã hội, các đoàn thể thực hiện tốt công tác tuyên truyền, vận động hội viên, đoàn viên, các tầng lớp Nhân dân tích cực tham gia hưởng ứng Phong trào thi đua; phát huy sức mạnh khối đại đoàn kết dân tộc để triển khai thực hiện có hiệu quả chủ trương, đường lối của Đảng, chính sách pháp luật của nhà nước về phát triển đồng bộ kết cấu hạ tầng, thực hành tiết kiệm, chống lãng phí.',
    en: "The Vietnam Fatherland Front Committee of the province, socio-political organisations, social organisations and mass organisations are requested to inform and mobilise their members and all strata of the People to respond actively to the emulation movement, and to bring into play the strength of the great national unity bloc to implement effectively the Party's guidelines and policies and the State's laws and policies on synchronous infrastructure development and on practising thrift and combating waste.",
    unit: o.fatherlandFront,
  },
  {
    kind: 'duty',
    clause: 'VI.4',
    vi: 'Hội đồng Thi đua, khen thưởng các cấp phân công rõ trách nhiệm các thành viên trong quá trình chỉ đạo, hướng dẫn, giám sát việc triển khai thực hiện Phong trào thi đua ở các lĩnh vực, địa bàn cụ thể; lấy kết quả triển khai tổ chức thực hiện Phong trào thi đua là tiêu chí, nội dung quan trọng khi đánh giá, bình xét thi đua cho các đơn vị cấp dưới.\nHàng năm, Hội đồng Thi đua, khen thưởng tỉnh sẽ tham mưu cho Chủ tịch Ủy ban nhân dân tỉnh tổ chức các đoàn kiểm tra, giám sát tình hình triển khai thực hiện Phong trào thi đua ở một số địa phương, đơn vị.',
    en: "Emulation and Commendation Councils at all levels assign their members clear responsibilities for directing, guiding and supervising the implementation of the emulation movement in specific fields and areas, and take the results of implementing the emulation movement as an important criterion and content when assessing and considering subordinate units for emulation titles.\nEach year, the Provincial Emulation and Commendation Council advises the Chairman of the Provincial People's Committee on organising teams to inspect and supervise the implementation of the emulation movement in a number of localities and units.",
    unit: d.emulationCouncil,
  },
  {
    kind: 'duty',
    clause: 'VI.5',
    vi: 'Các doanh nghiệp đưa nội dung thực hành tiết kiệm, chống lãng phí vào điều lệ, quy chế, quy định của cơ quan, tổ chức, đơn vị; xây dựng kế hoạch thực hiện phong trào thi đua xây dựng kết cấu hạ tầng; nâng cao hiệu quả hợp tác đầu tư, ưu tiên các dự án có công nghệ tiên tiến, công nghệ mới, công nghệ cao, quản trị hiện đại, nhằm nâng cao hiệu suất, nâng cao năng lực của doanh nghiệp.',
    en: 'Enterprises write the practice of thrift and combating of waste into the charters, regulations and rules of their agencies, organisations and units; draw up plans to carry out the emulation movement on building infrastructure; and make investment cooperation more efficient, giving priority to projects with advanced, new and high technology and modern governance, so as to raise the productivity and capacity of the enterprise.',
  },
  {
    kind: 'duty',
    clause: 'VI.6',
    vi: 'Sở Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Tỉnh ủy tiếp tục chỉ đạo các cơ quan truyền thông đẩy mạnh công tác tuyên truyền, giới thiệu gương điển hình tiên tiến, mô hình hay, cách làm mới, sáng tạo, hiệu quả trong thực hiện phong trào thi đua.',
    en: 'The Department of Information and Communications, in coordination with the Propaganda and Education Board of the Provincial Party Committee, continues to direct the media to step up communication and to present advanced examples, good models and new, creative and effective ways of working in carrying out the emulation movement.',
    unit: d.informationCommunications,
  },
  {
    kind: 'duty',
    clause: 'VI.7',
    vi: 'Sở Nội vụ chủ trì, tham mưu, hướng dẫn khen thưởng sơ kết, tổng kết, đánh giá Phong trào thi đua.',
    en: 'The Department of Home Affairs leads, advises on and guides the commendations of the interim and final reviews and the assessment of the emulation movement.',
    unit: d.homeAffairs,
  },
  {
    // why: the duty falls on every unit; Sở Nội vụ is the one body named, as the one that
    // receives and compiles the reports.
    kind: 'duty',
    clause: 'VI.8',
    vi: 'Định kỳ hàng năm, đơn vị, địa phương báo cáo tình hình tổ chức thực hiện Phong trào thi đua về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh và Ban Thi đua, khen thưởng Trung ương.',
    en: "Every year, units and localities report on the implementation of the emulation movement to the Department of Home Affairs, which compiles the reports for the Provincial People's Committee and the Central Emulation and Commendation Committee.",
    unit: d.homeAffairs,
  },
  {
    kind: 'closing',
    clause: 'closing',
    vi: 'Trên đây là Kế hoạch triển khai Phong trào thi đua “Lai Châu đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”. Trong quá trình tổ chức thực hiện nếu có vấn đề phát sinh, vướng mắc đề nghị các cơ quan, đơn vị, địa phương phản ánh về UBND tỉnh (qua Sở Nội vụ) để xem xét, giải quyết./.',
    en: "The above is the Plan to implement the emulation movement “Lai Châu accelerates the development of synchronous, modern infrastructure; practises thrift and combats waste”. Should any issue or difficulty arise during implementation, agencies, units and localities are requested to report it to the Provincial People's Committee (through the Department of Home Affairs) for consideration and resolution.",
    unit: d.homeAffairs,
  },
];
