import { INK, layoutDailyChart, type Rgb } from './chart-layout.js';
import type { DailyCount } from './compute.js';

const rgb = ([r, g, b]: Rgb) => `rgb(${r},${g},${b})`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The daily chart as SVG, from the same layout as the PNG, with the legend's words. */
export function dailyChartSvg(daily: DailyCount[]): string {
  const { width, height, rects, lines, labels } = layoutDailyChart(daily);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...rects.map(
      (r) => `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${rgb(r.colour)}"/>`,
    ),
    ...lines.map(
      (l) =>
        `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${rgb(INK)}" stroke-width="1"/>`,
    ),
    ...labels.map(
      (t) =>
        `<text x="${t.x}" y="${t.y + 4}" text-anchor="${t.anchor}" fill="${rgb(INK)}">${esc(t.text)}</text>`,
    ),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}
