/**
 * The public pages as plain HTML, put inside the app's `<div id="root">` by the server so they
 * read (and link) with JavaScript off and paint before any script runs (ADR 0046). React then
 * draws the full page over it, from the same data carried in a JSON block (not a script: the
 * CSP forbids inline scripts, and a JSON block is never executed).
 */
import type { MovementDetail, MovementSummary } from '../../shared/contracts/movements.ts';
import type { PublicTarget } from '../../shared/contracts/targets.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;
const vi = (text: { vi: string }) => e(text.vi);
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

const statusText: Record<PublicTarget['status'], string> = {
  achieved: 'Đã đạt',
  on_track: 'Đúng lộ trình',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Chậm so với lộ trình',
  no_data: 'Chưa có số liệu',
};

/** 54,2% · +6,5% · 60 · Đã hoàn thành — as the app's formatTargetValue writes it. */
export function formatValue(measure: string, value: number): string {
  if (measure === 'done') return value >= 1 ? 'Đã hoàn thành' : 'Chưa hoàn thành';
  const n = numberFormat.format(value);
  if (measure === 'percent') return `${n}%`;
  if (measure === 'percent_change') return `${value > 0 ? '+' : ''}${n}%`;
  return n;
}

/** The header and footer every pre-rendered public page shares: name, main links, sign-in. */
function frame(body: string): string {
  return `<div class="prerender">
<header class="prerender-header"><a href="/" class="prerender-brand">Thi đua – Khen thưởng tỉnh Lai Châu</a>
<nav aria-label="Trang công khai"><a href="/">Trang chủ</a> <a href="/targets">Chỉ tiêu của tỉnh</a> <a href="/login">Đăng nhập</a></nav></header>
<main id="main">${body}</main>
</div>`;
}

function targetList(targets: PublicTarget[], withTable: boolean): string {
  if (!targets.length) return '<p>Chưa có chỉ tiêu nào.</p>';
  return `<ul class="prerender-cards">${targets
    .map((t) => {
      const goals = t.targetsByYear
        .map((g) => `${e(g.comparator)} ${e(formatValue(t.measure, g.value))} (${g.year})`)
        .join(', ');
      const latest = [...t.actualsByYear].sort((a, b) => b.year - a.year)[0];
      const rows = [
        ...t.actualsByYear.map(
          (a) =>
            `<tr><td>${a.year}</td><td>Thực hiện</td><td>${e(formatValue(t.measure, a.value))}</td><td>${e(a.source)}</td></tr>`,
        ),
        ...t.targetsByYear.map(
          (g) =>
            `<tr><td>${g.year}</td><td>Chỉ tiêu</td><td>${e(g.comparator)} ${e(formatValue(t.measure, g.value))}</td><td></td></tr>`,
        ),
      ];
      return `<li><h2>${vi(t.name)}</h2>
<p><strong>${statusText[t.status]}</strong></p>
<p>Chỉ tiêu: ${goals}</p>
<p>${latest ? `Kết quả mới nhất: ${e(formatValue(t.measure, latest.value))} (${latest.year})` : 'Chưa có kết quả thực hiện.'}</p>${
        withTable
          ? `<table><caption>Số liệu: ${vi(t.name)}</caption><thead><tr><th>Năm</th><th>Loại</th><th>Giá trị</th><th>Nguồn</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
          : ''
      }</li>`;
    })
    .join('\n')}</ul>`;
}

export function landingHtml(movements: MovementSummary[], targets: PublicTarget[]): string {
  const m = movements[0];
  if (!m) return frame('<h1>Thi đua – Khen thưởng</h1><p>Chưa có phong trào nào được công bố.</p>');
  const phases = m.phases
    .map((p) => `<li><strong>${vi(p.name)}</strong> (${p.startYear} – ${p.endYear})</li>`)
    .join('');
  return frame(`<p class="prerender-eyebrow">Phong trào thi đua</p>
<h1>${vi(m.title)}</h1>
<p>UBND tỉnh Lai Châu · Giai đoạn ${m.startYear} – ${m.endYear}</p>
<p><a href="/movements/${encodeURIComponent(m.code)}">Xem toàn văn kế hoạch</a></p>
<h2>Các giai đoạn</h2><ul>${phases}</ul>
<h2>Chỉ tiêu của tỉnh</h2>${targetList(targets, false)}`);
}

export function movementHtml(m: MovementDetail): string {
  const sections = (
    id: string,
    title: string,
    items: { clause: string; text: { vi: string } }[],
  ) =>
    items.length
      ? `<section id="${id}"><h2>${e(title)}</h2><ul>${items
          .map((s) => `<li>${s.clause ? `<strong>${e(s.clause)}</strong> ` : ''}${vi(s.text)}</li>`)
          .join('')}</ul></section>`
      : '';
  const categories = m.categories
    .map(
      (c) =>
        `<h3>${e(c.clause)} ${vi(c.name)}</h3>${c.groups
          .map(
            (g) =>
              `<h4>${vi(g.name)}</h4><ul>${g.criteria.map((k) => `<li>${vi(k.text)}</li>`).join('')}</ul>`,
          )
          .join('')}`,
    )
    .join('');
  const sectors = m.sectors
    .map((s) => {
      const merged = s.currentLead && s.currentLead.id !== s.leadUnit.id;
      return `<li><strong>${vi(s.name)}</strong><br>Cơ quan chủ trì: ${e(s.leadUnit.name)}${
        merged ? `<br>Nay là: ${e(s.currentLead!.name)}` : ''
      }${s.duty.vi ? `<br>${vi(s.duty)}` : ''}</li>`;
    })
    .join('');
  return frame(`<h1>${vi(m.title)}</h1>
<p>Giai đoạn ${m.startYear} – ${m.endYear}${m.document ? ` · ${e(m.document)}` : ''}</p>
<nav aria-label="Mục lục"><ul><li><a href="#plan-purposes">Mục đích</a></li><li><a href="#plan-categories">Tiêu chí thi đua</a></li><li><a href="#plan-sectors">Lĩnh vực</a></li></ul></nav>
${sections('plan-legal', 'Căn cứ', m.legalBases)}
${sections('plan-purposes', 'Mục đích', m.purposes)}
${sections('plan-requirements', 'Yêu cầu', m.requirements)}
<section id="plan-categories"><h2>Tiêu chí thi đua</h2>${categories}</section>
<section id="plan-sectors"><h2>Lĩnh vực</h2><ul>${sectors}</ul></section>
${sections('plan-solutions', 'Giải pháp', m.solutions)}
${sections('plan-forms', 'Hình thức khen thưởng', m.commendationForms)}`);
}

export function targetsHtml(targets: PublicTarget[]): string {
  return frame(`<h1>Chỉ tiêu của tỉnh</h1>
<p>Các chỉ tiêu định lượng của Kế hoạch (mục III.1.a): giá trị gốc, kết quả thực hiện từng năm và mức độ đạt so với lộ trình.</p>
${targetList(targets, true)}`);
}

/** Query data the app takes instead of asking again: [query key, data] pairs. */
export type Seed = [readonly unknown[], unknown][];

/** index.html with the page's HTML in #root, its title, and the seed data as a JSON block. */
export function fillTemplate(
  template: string,
  page: { title?: string; body: string; seed: Seed },
): string {
  const json = JSON.stringify(page.seed).replace(/</g, '\\u003c');
  let html = template.replace(
    '<div id="root"></div>',
    `<div id="root">${page.body}</div><script type="application/json" id="thidua-seed">${json}</script>`,
  );
  if (page.title) html = html.replace(/<title>[^<]*<\/title>/, `<title>${e(page.title)}</title>`);
  return html;
}
