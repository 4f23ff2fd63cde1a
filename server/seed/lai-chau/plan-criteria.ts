import type { SeedCategory } from './types.ts';

// why: categories b) and c) have no sub-headings in the plan; their criteria sit in one group
// labelled plainly so that every criterion still has a group.
const allCriteria = { code: 'all', vi: 'Tiêu chí', en: 'Criteria' };

/** III.1 a–d: the criteria for each participant category, verbatim. */
export const categories: SeedCategory[] = [
  {
    code: 'units_localities',
    clause: 'III.1.a',
    nameVi: 'Đối với các đơn vị, địa phương',
    nameEn: 'Units and localities',
    groups: [
      {
        code: 'infrastructure',
        vi: 'Về phát triển kết cấu hạ tầng',
        en: 'Infrastructure development',
        criteria: [
          {
            code: 'A-INF-1',
            vi: 'Tiếp tục đổi mới cơ chế, chính sách, hoàn thiện thể chế, luật pháp, quy hoạch, nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư kết cấu hạ tầng để huy động và sử dụng hợp lý, hiệu quả các nguồn lực phát triển kết cấu hạ tầng, nhất là trong sử dụng nguồn lực đất đai, phát huy hiệu quả các hoạt động xây dựng, đầu tư, đầu thầu..., đảm bảo trách nhiệm, nghĩa vụ, quyền lợi đồng hành nhau với cả 3 chủ thể: Nhà nước, người dân và doanh nghiệp, thực hiện đột phá chiến lược phát triển kinh tế, xã hội;',
            en: 'Continue renewing mechanisms and policies and perfecting institutions, laws and planning; make State management of infrastructure investment more effective and efficient so as to mobilise and use the resources for infrastructure development rationally and efficiently, above all land; make construction, investment and bidding work effectively…; ensure that responsibilities, obligations and benefits go together for all three parties — the State, the people and enterprises — and carry out the strategic breakthroughs of socio-economic development;',
          },
          {
            code: 'A-INF-2',
            vi: 'Đầu tư và hoàn thành chất lượng, đúng và vượt tiến độ các dự án hạ tầng trọng điểm của tỉnh, tăng cường kết nối vùng, khu vực và các nhiệm vụ được Chính phủ và Thủ tướng Chính phủ giao về xây dựng, phát triển kết cấu hạ tầng. Đẩy mạnh triển khai Chương trình chuyển đổi số Quốc gia, chiến lược quốc gia phát triển kinh tế số và xã hội số; xây dựng Chiến lược dữ liệu quốc gia, đảm bảo không gian mạng an toàn, tin cậy và làm chủ công nghệ số;',
            en: "Invest in and complete, with quality and on or ahead of schedule, the province's key infrastructure projects, strengthening connections with the region and the area, and the tasks on building and developing infrastructure assigned by the Government and the Prime Minister. Step up the National Digital Transformation Programme and the national strategy for developing the digital economy and digital society; build the National Data Strategy, ensure a safe and trustworthy cyberspace and master digital technology;",
          },
          {
            code: 'A-INF-3',
            vi: 'Đẩy mạnh cải cách thủ tục hành chính, đảm bảo thông thoáng, thuận lợi, khắc phục phiền hà và giảm chi phí cho các nhà đầu tư. Thực hiện công khai, minh bạch thông tin và xây dựng cơ chế giám sát để các tầng lớp Nhân dân tham gia giám sát việc thực hiện của các đơn vị, địa phương;',
            en: 'Step up the reform of administrative procedures so that they are open and convenient, removing red tape and cutting costs for investors. Make information public and transparent, and build a mechanism through which all strata of the People take part in supervising how units and localities carry out their work;',
          },
          {
            code: 'A-INF-4',
            vi: 'Úng dụng sản phẩm công nghệ số thiết kế, sản xuất trong nước và phương pháp quản lý hiện đại trong việc tổ chức xây dựng, khai thác và quản lý các công trình kết cấu hạ tầng nhằm đảm bảo chất lượng, hạn chế ô nhiễm môi trường, tiết kiệm năng lượng và sử dụng hiệu quả tài nguyên thiên nhiên. Tăng cường tư vấn, giám sát độc lập nhằm nâng cao chất lượng công trình, rút ngắn tiến độ thực hiện để đưa vào khai thác, sử dụng và quản lý có hiệu quả các công trình kết cấu hạ tầng;',
            en: 'Apply digital technology products designed and made in Vietnam and modern management methods in organising the construction, exploitation and management of infrastructure works, so as to ensure quality, limit environmental pollution, save energy and use natural resources efficiently. Strengthen independent consultancy and supervision to raise the quality of works and shorten implementation, so that infrastructure works are put into exploitation, use and management effectively;',
          },
          {
            code: 'A-INF-5',
            vi: 'Hỗ trợ, hướng dẫn doanh nghiệp tổ chức đào tạo, phát triển nguồn nhân lực nhằm đáp ứng yêu cầu phát triển của doanh nghiệp, chuyển đổi số và hội nhập quốc tế trong thời kỳ mới;',
            en: 'Support and guide enterprises in training and developing human resources to meet the needs of enterprise development, digital transformation and international integration in the new period;',
          },
          {
            code: 'A-INF-6',
            vi: 'Đa dạng hóa phương thức huy động nguồn lực, phân bổ nguồn lực có trọng tâm, trọng điểm, tránh dàn trải; tập trung bố trí nguồn lực cho các dự án hạ tầng dùng chung, công trình có tính chất đột phá, có tác động lan tỏa. Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao gắn với bảo đảm chất lượng công trình và hiệu quả sử dụng vốn.',
            en: 'Diversify the ways resources are mobilised and allocate them with focus and priorities, avoiding dispersion; concentrate resources on shared infrastructure projects and on works of a breakthrough nature with spill-over effects. Strive to disburse 100% of the assigned public investment capital plan while ensuring the quality of works and the efficient use of capital.',
          },
        ],
      },
      {
        code: 'thrift',
        vi: 'Về thực hành tiết kiệm, chống lãng phí',
        en: 'Practising thrift and combating waste',
        criteria: [
          {
            code: 'A-THR-1',
            vi: 'Xây dựng và ban hành Chương trình thực hành tiết kiệm, chống lãng phí hàng năm và dài hạn, trong đó xác định rõ mục tiêu, chỉ tiêu, tiêu chí đánh giá tiết kiệm cho ngành, lĩnh vực và cho các cơ quan, tổ chức thuộc phạm vi quản lý;',
            en: 'Draw up and issue yearly and long-term programmes for practising thrift and combating waste that set out clearly the goals, targets and criteria for assessing savings for each sector and field and for the agencies and organisations under their management;',
          },
          {
            code: 'A-THR-2',
            vi: 'Ban hành và công khai hệ thống định mức kinh tế kỹ thuật, tiêu chuẩn thuộc thẩm quyền quản lý kịp thời, phù hợp với tình hình thực tiễn, tiến bộ khoa học và công nghệ, bảo đảm tiết kiệm, chống lãng phí;',
            en: 'Issue and publish promptly the economic-technical norms and standards within their authority, in line with actual conditions and with scientific and technological progress, ensuring thrift and combating waste;',
          },
          {
            code: 'A-THR-3',
            vi: 'Giảm dần tỷ trọng chi thường xuyên trong tổng chi ngân sách nhà nước, đảm bảo tỷ trọng chi thường xuyên bình quân khoảng 80 - 82% tổng chi ngân sách nhà nước, trong tổ chức thực hiện phấn đấu giảm tỷ trọng chi thường xuyên xuống khoảng 80%;',
            en: 'Gradually reduce the share of recurrent spending in total State budget spending, keeping it at an average of about 80–82% of total State budget spending and, in implementation, striving to bring it down to about 80%;',
          },
          {
            code: 'A-THR-4',
            vi: 'Đổi mới mạnh mẽ cơ chế quản lý ngân sách nhà nước về khoa học đảm bảo tiết kiệm, hiệu quả, đề cao tinh thần tự lực, tự cường, xác định rõ trọng tâm, trọng điểm nghiên cứu, hướng tới phục vụ sản xuất kinh doanh, lấy doanh nghiệp làm trọng tâm thúc đẩy đổi mới sáng tạo. Sử dụng hiệu quả kinh phí nhà nước thực hiện nhiệm vụ giáo dục, đào tạo, y tế;',
            en: 'Renew strongly the way the State budget for science is managed so that it is thrifty and efficient, upholding self-reliance and self-strengthening, setting clear research focuses and priorities aimed at serving production and business, with enterprises at the centre of promoting innovation. Use State funds for education, training and health tasks efficiently;',
          },
          {
            code: 'A-THR-5',
            vi: 'Đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng hiệu quả hoạt động đơn vị sự nghiệp công lập. Phấn đấu đạt mục tiêu đến năm 2025, tiếp tục giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2021; có 17% đơn vị sự nghiệp công lập đảm bảo và đảm bảo từ 10% chi thường xuyên trở lên.',
            // why: the Vietnamese repeats "đảm bảo" (sic); rendered as units that finance 10% or
            // more of their own recurrent spending, as BRIEF §4 reads it.
            en: 'Renew the organisation and management of public service units and raise the quality and efficiency of their work. Strive to reach the goal that by 2025 the number of public service units is cut by at least a further 10% compared with 2021, and that 17% of public service units are self-financing, covering 10% or more of their recurrent spending.',
          },
          {
            code: 'A-THR-6',
            vi: 'Thực hiện có hiệu quả Luật Đầu tư công. Đảm bảo quản lý, sử dụng tài sản công đúng mục đích, tiêu chuẩn, định mức theo chế độ quy định. Đến năm 2025 hoàn thành việc sáp xếp lại, xử lý nhà đất thuộc sở hữu nhà nước trên phạm vi toàn tỉnh;',
            en: 'Implement the Law on Public Investment effectively. Ensure that public assets are managed and used for the right purposes and according to the prescribed standards and norms. By 2025, complete the rearrangement and handling of State-owned houses and land throughout the province;',
          },
          {
            code: 'A-THR-7',
            vi: 'Thực hiện tích hợp các chế độ, chính sách có cùng mục đích, đối tượng, phạm vi giữa các chương trình mục tiêu quốc gia nhằm thực hiện có hiệu quả các mục tiêu của chương trình, nâng cao trách nhiệm của cơ quan, đơn vị quản lý, thực hiện. Quản lý mạng lưới an sinh xã hội thống nhất trên nền tảng số, kết nối liên thông;',
            en: "Integrate the regimes and policies of the national target programmes that share the same purposes, beneficiaries and scope, so as to achieve the programmes' goals effectively and make the managing and implementing agencies and units more accountable. Manage the social welfare network in a unified way on a connected digital platform;",
          },
          {
            code: 'A-THR-8',
            vi: 'Quản lý chặt chẽ, nâng cao hiệu quả sử dụng, phát huy nguồn lực kinh tế, tài chính từ đất đai cho phát triển kinh tế. Phát triển kinh tế bền vững, bảo tồn cảnh quan và đa dạng sinh học; cân đối giữ khai thác và dự trữ khoáng sản, gắn công nghiệp khai khoáng với bảo vệ môi trường và đảm bảo quốc phòng, an ninh. Mục tiêu đến năm 2025, tỷ lệ che phủ rừng đạt 54%, phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 56%; có 60 công trình thủy điện nhỏ (công suất từ 30MW trở xuống) hoàn thành xây dựng, đưa vào vận hành phát điện; giảm mức tổn thất điện năng xuống thấp hơn 5%; về thương mại có 29 chợ, 04 siêu thị.',
            en: 'Manage land tightly, use it more efficiently and bring the economic and financial resources from land into play for economic development. Develop the economy sustainably, conserving landscapes and biodiversity; balance the exploitation and the reserves of minerals, linking mining with environmental protection and national defence and security. The goals for 2025: forest cover of 54%, striving for 56% by 2030; 60 small hydropower plants (30 MW or less) completed and generating power; power losses brought below 5%; and, in commerce, 29 markets and 4 supermarkets.',
          },
          {
            code: 'A-THR-9',
            vi: 'Đẩy mạnh cải cách hành chính, trong đó cải cách thủ tục hành chính nhằm bảo đảm thông thoáng, thuận lợi, khắc phục phiền hà và giảm chi phí cho các nhà đầu tư, tăng năng suất lao động xã hội bình quân 6,5%/năm. Thực hiện công khai, minh bạch thông tin và xây dựng cơ chế giám sát cụ thể để các tầng lớp Nhân dân tham gia giám sát việc thực hiện của các bộ, ngành, địa phương.',
            en: 'Step up administrative reform, including the reform of administrative procedures so that they are open and convenient, removing red tape and cutting costs for investors, and raise social labour productivity by an average of 6.5% a year. Make information public and transparent, and build a specific mechanism through which all strata of the People take part in supervising how ministries, sectors and localities carry out their work.',
          },
        ],
      },
    ],
  },
  {
    code: 'front_organisations',
    clause: 'III.1.b',
    nameVi:
      'Đối với Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội cấp tỉnh, các tổ chức xã hội, các đoàn thể Nhân dân',
    nameEn:
      "The Vietnam Fatherland Front Committee of the province, provincial socio-political organisations, social organisations and people's mass organisations",
    groups: [
      {
        ...allCriteria,
        criteria: [
          {
            code: 'B-1',
            vi: 'Đẩy mạnh cải cách thủ tục hành chính; tăng cường ứng dụng công nghệ thông tin; thực hành tiết kiệm, chống lãng phí trong triển khai thực hiện các nhiệm vụ trong hệ thống tổ chức các cấp.',
            en: 'Step up the reform of administrative procedures; make greater use of information technology; practise thrift and combat waste in carrying out tasks throughout the organisation at every level.',
          },
          {
            code: 'B-2',
            vi: 'Có nhiều sáng kiến, giải pháp tuyên truyền, vận động, tập hợp, đoàn kết đoàn viên, hội viên, Nhân dân hiến kế, hiến công, hiến đất, đóng góp về vật chất như tiền của, vật tư, trang thiết bị..., tham gia xây dựng, phát triển kết cấu hạ tầng; thực hành tiết kiệm, chống lãng phí trong sản xuất, kinh doanh và tiêu dùng.',
            en: 'Have many initiatives and solutions for informing, mobilising, gathering and uniting members and the People to contribute ideas, labour and land and material support such as money, supplies and equipment…, to take part in building and developing infrastructure, and to practise thrift and combat waste in production, business and consumption.',
          },
          {
            code: 'B-3',
            vi: 'Tăng cường hiệu quả công tác phản biện xã hội, giám sát việc thực hiện các quy định về thực hành tiết kiệm, chống lãng phí tại cơ quan, đơn vị và trong quá trình xây dựng, phát triển kết cấu hạ tầng; giám sát việc xử lý hành vi gây lãng phí theo quy định của pháp luật.',
            en: 'Make social criticism more effective and supervise compliance with the rules on practising thrift and combating waste at agencies and units and in building and developing infrastructure; supervise the handling of wasteful acts in accordance with the law.',
          },
        ],
      },
    ],
  },
  {
    code: 'organisations_enterprises_households',
    clause: 'III.1.c',
    nameVi: 'Đối với các tổ chức, doanh nghiệp, hộ gia đình',
    nameEn: 'Organisations, enterprises and households',
    groups: [
      {
        ...allCriteria,
        criteria: [
          {
            code: 'C-1',
            vi: 'Thực hành tiết kiệm, chống lãng phí trong đầu tư xây dựng, sản xuất, kinh doanh, tiêu dùng cá nhân, trong tổ chức lễ hội và các hoạt động khác có sử dụng nguồn lực đóng góp của cộng đồng. Sử dụng tiết kiệm, hiệu quả vốn, lao động, tài nguyên thiên nhiên và các nguồn lực khác.',
            en: 'Practise thrift and combat waste in construction investment, production, business and personal consumption, and in organising festivals and other activities that use resources contributed by the community. Use capital, labour, natural resources and other resources thriftily and efficiently.',
          },
          {
            code: 'C-2',
            vi: 'Chủ động, tích cực tham gia, đóng góp kinh phí xây dựng các dự án kết cấu hạ tầng đảm bảo hiệu quả.',
            en: 'Take part proactively and actively in, and contribute funds to, building infrastructure projects, ensuring they are efficient.',
          },
          {
            code: 'C-3',
            vi: 'Các doanh nghiệp đổi mới, nâng cao hiệu quả hoạt động, làm chủ công nghệ xây dựng và vận hành các công trình hạ tầng quy mô lớn.',
            en: 'Enterprises renew themselves, work more efficiently and master the technology of building and operating large-scale infrastructure works.',
          },
        ],
      },
    ],
  },
  {
    code: 'individuals',
    clause: 'III.1.d',
    nameVi: 'Đối với cá nhân',
    nameEn: 'Individuals',
    groups: [
      {
        code: 'cadres',
        vi: 'Cán bộ, công chức, viên chức, lao động',
        en: 'Cadres, civil servants, public employees and workers',
        criteria: [
          {
            code: 'D-CAD-1',
            vi: 'Cán bộ, công chức, viên chức, lao động gương mẫu thực hiện quản lý, sử dụng vốn và tài sản nhà nước được giao đúng mục đích, định mức, tiêu chuẩn, chế độ; có sáng kiến, giải pháp hữu ích được cấp có thẩm quyền công nhận trong thực hành tiết kiệm, chống lãng phí, xây dựng, ban hành hoặc trình cấp có thẩm quyền ban hành, hướng dẫn, tổ chức thực hiện, kiểm tra, giám sát việc thực hiện cơ chế, chính sách để tạo điều kiện thuận lợi cho xây dựng kết cấu hạ tầng.',
            en: 'Cadres, civil servants, public employees and workers set an example in managing and using the State capital and assets entrusted to them for the right purposes and according to norms, standards and regimes; have useful initiatives and solutions in practising thrift and combating waste recognised by the competent level; and draft, issue or submit for issue by the competent level, guide, organise, check and supervise the implementation of mechanisms and policies that make building infrastructure easier.',
          },
        ],
      },
      {
        code: 'citizens',
        vi: 'Người dân',
        en: 'Citizens',
        criteria: [
          {
            code: 'D-CIT-1',
            vi: 'Sử dụng tài nguyên thiên nhiên đảm bảo đúng mục đích, tiết kiệm, hiệu quả, bảo vệ môi trường và phát triển bền vững; tham gia giám sát việc thực hành tiết kiệm, chống lãng phí, phát hiện và kịp thời phản ánh cho tổ chức, cá nhân có thẩm quyền về các hành vi gây lãng phí.',
            en: 'Use natural resources for the right purposes, thriftily and efficiently, protecting the environment and developing sustainably; take part in supervising the practice of thrift and combating of waste, and detect wasteful acts and report them promptly to the competent organisations and individuals.',
          },
          {
            code: 'D-CIT-2',
            vi: 'Trực tiếp tham gia đóng góp, phối hợp, giúp đỡ, tuyên truyền vận động thực hiện các chương trình, dự án trọng điểm của quốc gia, tỉnh, huyện, xã về phát triển kết cấu hạ tầng.',
            en: 'Contribute directly to, cooperate in, help with and campaign for the key national, provincial, district and commune programmes and projects for infrastructure development.',
          },
        ],
      },
      {
        code: 'others',
        vi: 'Đối tượng khác',
        en: 'Others',
        criteria: [
          {
            code: 'D-OTH-1',
            vi: 'Đối tượng khác (doanh nhân, trí thức, nhà khoa học, kỹ sư, công nhân, cá nhân trong và ngoài nước, người Việt Nam định cư ở nước ngoài...) có sáng kiến, giải pháp hữu ích được cấp có thẩm quyền công nhận trong thực hành tiết kiệm, chống lãng phí; nghiên cứu, chuyển giao, ứng dụng công nghệ hiện đại, thay đổi biện pháp thi công, sử dụng hợp lý các nguồn lực... phục vụ xây dựng và quản lý khai thác công trình hạ tầng.',
            en: 'Others (entrepreneurs, intellectuals, scientists, engineers, workers, individuals in Vietnam and abroad, overseas Vietnamese…) who have useful initiatives and solutions in practising thrift and combating waste recognised by the competent level; who research, transfer and apply modern technology, change construction methods or use resources rationally… in service of building, managing and exploiting infrastructure works.',
          },
        ],
      },
    ],
  },
];
