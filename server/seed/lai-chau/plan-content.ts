import type { SeedSection } from './types.ts';

const infrastructure = (n: number, vi: string, en: string): SeedSection => ({
  kind: 'content_line',
  area: 'infrastructure',
  clause: `II.2.1.${n}`,
  vi,
  en,
});
const thrift = (n: number, vi: string, en: string): SeedSection => ({
  kind: 'content_line',
  area: 'thrift',
  clause: `II.2.2.${n}`,
  vi,
  en,
});

/** II.2.1: "Thi đua đẩy mạnh phát triển kết cấu hạ tầng" — six lines. */
export const infrastructureLines: SeedSection[] = [
  infrastructure(
    1,
    'Đổi mới tư duy về thể chế, nâng cao chất lượng xây dựng và hoàn thiện cơ chế, chính sách phù hợp, ổn định, bình đẳng, công khai, minh bạch, tạo đột phá theo phương châm: Chính sách phải phục vụ sự phát triển, tạo điều kiện cho phát triển.',
    'Renew thinking on institutions; raise the quality of building and perfecting mechanisms and policies that are suitable, stable, equal, public and transparent, creating breakthroughs under the motto: policies must serve development and create the conditions for development.',
  ),
  infrastructure(
    2,
    'Thi đua huy động mọi nguồn lực xã hội tham gia đầu tư kết cấu hạ tầng trên cơ sở đảm bảo hiệu quả, chất lượng đầu tư, cân bằng lợi ích của các chủ thể.',
    'Emulate in mobilising all social resources to invest in infrastructure while ensuring the efficiency and quality of investment and balancing the interests of the parties involved.',
  ),
  infrastructure(
    3,
    'Thi đua lao động sáng tạo, hoàn thành đúng tiến độ hoặc vượt kế hoạch, đảm bảo chất lượng các công trình, dự án, nhất là các dự án quan trọng của quốc gia, của tỉnh, các dự án có sức ảnh hưởng, hạ tầng số, các công trình an sinh xã hội ở vùng sâu, vùng xa, vùng đặc biệt khó khăn để tạo sự đột phá, các dự án tạo nền tảng tiếp cận và nắm bắt cơ hội Cách mạng công nghiệp lần thứ tư gắn với nhiệm vụ bảo vệ môi trường, thích ứng với biến đổi khí hậu và đảm bảo quốc phòng, an ninh.',
    'Emulate in creative labour, completing works and projects on schedule or ahead of plan and ensuring their quality, especially nationally and provincially important projects, influential projects, digital infrastructure and social-welfare works in remote, isolated and especially disadvantaged areas so as to create breakthroughs, and projects that lay the foundation for approaching and seizing the opportunities of the Fourth Industrial Revolution, linked with protecting the environment, adapting to climate change and ensuring national defence and security.',
  ),
  infrastructure(
    4,
    'Thi đua nâng cao năng lực, trách nhiệm của các cơ quan, đơn vị nhà nước, đặc biệt là các tập đoàn, tổng công ty, tổ chức kinh tế trong quy hoạch, xây dựng, quản lý, giám sát, vận hành, khai thác các công trình, dự án kết cấu hạ tầng đảm bảo an toàn, chất lượng, hiệu quả; nâng cao chất lượng nguồn nhân lực, nhất là nguồn nhân lực làm công tác xây dựng, quản lý, vận hành, khai thác các công trình kết cấu hạ tầng.',
    'Emulate in raising the capacity and responsibility of State agencies and units, especially corporations, general companies and economic organisations, in planning, building, managing, supervising, operating and exploiting infrastructure works and projects safely, with quality and efficiently; and in raising the quality of human resources, especially of those who build, manage, operate and exploit infrastructure works.',
  ),
  infrastructure(
    5,
    'Thi đua nghiên cứu, ứng dụng khoa học kỹ thuật, công nghệ thông tin, phương pháp quản lý hiện đại trong thiết kế, thi công, xây dựng, khai thác và quản lý các công trình kết cấu hạ tầng để nâng cao hiệu quả lao động, rút ngắn thời gian thực hiện, tiết kiệm tài nguyên và nguồn nhân lực, sử dụng nguyên vật liệu có tính ứng dụng cao, thân thiện với môi trường.',
    'Emulate in researching and applying science and technology, information technology and modern management methods in the design, execution, construction, exploitation and management of infrastructure works, so as to raise labour efficiency, shorten implementation time, save resources and manpower, and use highly applicable, environmentally friendly materials.',
  ),
  infrastructure(
    6,
    'Thi đua vận động toàn dân tham gia xây dựng kết cấu hạ tầng tại cộng đồng dân cư; tích cực tham gia giải phóng mặt bằng, hiến đất, vật liệu; chung sức làm đường giao thông nông thôn, tham gia xây dựng các công trình phúc lợi tại xã, phường, thôn, bản, tổ dân phố. Đặc biệt, chấp hành tốt việc tham gia giải phóng mặt bằng cho các dự án hạ tầng tại địa bàn cư trú.',
    'Emulate in mobilising all the people to take part in building infrastructure in their communities; to take an active part in site clearance and to donate land and materials; to join hands in building rural roads and take part in building welfare works in communes, wards, villages, hamlets and residential groups. Above all, to comply well with site clearance for infrastructure projects where they live.',
  ),
];

/** II.2.2: "Thi đua thực hành tiết kiệm, chống lãng phí" — six lines. */
export const thriftLines: SeedSection[] = [
  thrift(
    1,
    'Thi đua thực hành tiết kiệm, chống lãng phí trong lập, thẩm định, phê duyệt dự toán, quyết toán, quản lý, sử dụng kinh phí nhà nước, thực hiện có hiệu quả các nhiệm vụ, giải pháp chủ yếu trong các lĩnh vực để khôi phục và phát triển kinh tế, phấn đấu thực hiện cao nhất các mục tiêu, nhiệm vụ phát triển kinh tế đã được Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020-2025 đề ra.',
    'Emulate in practising thrift and combating waste in preparing, appraising and approving budget estimates and final accounts and in managing and using State funds; in carrying out effectively the main tasks and solutions in each field to restore and develop the economy; and in striving to achieve to the highest degree the economic development goals and tasks set by the Resolution of the 14th Congress of Delegates of the Lai Châu Provincial Party Organisation, term 2020–2025.',
  ),
  thrift(
    2,
    'Thi đua thực hành tiết kiệm, chống lãng phí trong mua sắm, xây dựng, quản lý sử dụng tài sản nhà nước, đảm bảo đúng mục đích, đối tượng, định mức, tiêu chuẩn, chế độ do cơ quan nhà nước có thẩm quyền ban hành.',
    'Emulate in practising thrift and combating waste in procuring, building, managing and using State assets, keeping to the purposes, beneficiaries, norms, standards and regimes issued by competent State bodies.',
  ),
  thrift(
    3,
    'Thi đua thực hành tiết kiệm, chống lãng phí trong quản lý, khai thác, sử dụng tài nguyên, phát triển bền vững quốc gia gắn với bảo vệ môi trường; sử dụng tiến bộ khoa học, công nghệ trong khai thác, chế biến tài nguyên; đảm bảo quản lý, khai thác, sử dụng tài nguyên hợp lý, hiệu quả, tiết kiệm, đúng mục đích.',
    "Emulate in practising thrift and combating waste in managing, exploiting and using natural resources for the nation's sustainable development linked with environmental protection; in using scientific and technological advances to exploit and process resources; and in ensuring that resources are managed, exploited and used rationally, efficiently, thriftily and for the right purposes.",
  ),
  thrift(
    4,
    'Thi đua thực hành tiết kiệm, chống lãng phí trong quản lý, sử dụng vốn và tài sản nhà nước tại doanh nghiệp. Đổi mới và nâng cao hiệu quả hoạt động doanh nghiệp nhà nước, sử dụng hiệu quả, đa dạng hóa nguồn vốn với cơ cấu vốn hợp lý, tiết kiệm, đúng mục đích; đổi mới sáng tạo, quản trị theo chuẩn mực quốc tế.',
    'Emulate in practising thrift and combating waste in managing and using State capital and assets at enterprises. Renew State-owned enterprises and make them more efficient; use and diversify sources of capital efficiently, with a rational capital structure, thriftily and for the right purposes; innovate and govern to international standards.',
  ),
  thrift(
    5,
    'Thi đua thực hành tiết kiệm, chống lãng phí trong hoạt động sản xuất, kinh doanh và tiêu dùng của Nhân dân.',
    'Emulate in practising thrift and combating waste in the production, business and consumption of the People.',
  ),
  thrift(
    6,
    'Thi đua quản lý, sử dụng hiệu quả lao động và thời gian lao động trong khu vực nhà nước và khu vực ngoài nhà nước.',
    'Emulate in managing and using labour and working time efficiently in the State and non-State sectors.',
  ),
];
