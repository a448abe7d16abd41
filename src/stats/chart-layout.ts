import { ANSWER_STATUSES, type AnswerStatus } from '../answer/types.js';
import type { DailyCount } from './compute.js';

export type Rgb = readonly [number, number, number];
export const STATUS_COLOURS: Record<AnswerStatus, Rgb> = {
  answered: [46, 125, 50],
  not_found: [249, 168, 37],
  refused: [198, 40, 40],
  help: [21, 101, 192],
};
export const INK: Rgb = [60, 60, 60];

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  colour: Rgb;
}
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}
export interface ChartLayout {
  width: number;
  height: number;
  rects: Rect[];
  lines: Line[];
  labels: Label[];
}

/** A round step so the y axis has at most five ticks: 1, 2, 5, 10, 20, 50... */
export function niceStep(max: number): number {
  const raw = Math.max(1, max) / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return Math.max(1, Math.ceil(step));
}

/** Geometry of a stacked bar chart of daily counts by status, shared by the PNG and SVG renderers. */
export function layoutDailyChart(daily: DailyCount[]): ChartLayout {
  const left = 56;
  const top = 40;
  const plotH = 300;
  const slot = Math.max(10, Math.min(48, Math.floor(840 / Math.max(1, daily.length))));
  const width = left + slot * daily.length + 24;
  const height = top + plotH + 44;
  const base = top + plotH;
  const step = niceStep(Math.max(0, ...daily.map((d) => d.total)));
  const yMax = step * Math.max(1, Math.ceil(Math.max(0, ...daily.map((d) => d.total)) / step));
  const scale = plotH / yMax;
  const rects: Rect[] = [];
  const lines: Line[] = [
    { x1: left, y1: top, x2: left, y2: base },
    { x1: left, y1: base, x2: width - 12, y2: base },
  ];
  const labels: Label[] = [];
  for (let v = 0; v <= yMax; v += step) {
    const y = Math.round(base - v * scale);
    lines.push({ x1: left - 5, y1: y, x2: left, y2: y });
    labels.push({ x: left - 9, y, text: String(v), anchor: 'end' });
  }
  const every = Math.ceil(daily.length / 10);
  daily.forEach((d, i) => {
    const x = left + i * slot + Math.floor(slot * 0.15);
    const w = Math.max(4, Math.floor(slot * 0.7));
    let y = base;
    for (const status of ANSWER_STATUSES) {
      const h = Math.round(d.byStatus[status] * scale);
      if (h > 0) rects.push({ x, y: y - h, w, h, colour: STATUS_COLOURS[status] });
      y -= h;
    }
    const cx = x + Math.floor(w / 2);
    lines.push({ x1: cx, y1: base, x2: cx, y2: base + 4 });
    if (i % every === 0) labels.push({ x: cx, y: base + 16, text: d.day.slice(5), anchor: 'middle' });
  });
  ANSWER_STATUSES.forEach((status, i) => {
    const x = left + i * 130;
    rects.push({ x, y: 12, w: 14, h: 14, colour: STATUS_COLOURS[status] });
    labels.push({ x: x + 20, y: 19, text: status.replace('_', ' '), anchor: 'start' });
  });
  return { width, height, rects, lines, labels };
}
