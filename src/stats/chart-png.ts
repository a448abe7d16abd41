import { PNG } from 'pngjs';
import { INK, type Label, layoutDailyChart, type Rgb } from './chart-layout.js';
import type { DailyCount } from './compute.js';

/** A 3x5 bitmap font: digits and dashes for ticks and dates, capitals for the legend. */
const GLYPHS: Record<string, string> = {
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '111001111100111',
  '3': '111001111001111',
  '4': '101101111001001',
  '5': '111100111001111',
  '6': '111100111101111',
  '7': '111001010010010',
  '8': '111101111101111',
  '9': '111101111001111',
  '-': '000000111000000',
  ' ': '000000000000000',
  A: '010101111101101',
  D: '110101101101110',
  E: '111100110100111',
  F: '111100110100100',
  H: '101101111101101',
  L: '100100100100111',
  N: '110101101101101',
  O: '010101101101010',
  P: '110101110100100',
  R: '110101110101101',
  S: '011100010001110',
  T: '111010010010010',
  U: '101101101101111',
  W: '101101101111101',
};
const PX = 2;

function fill(png: PNG, x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
  for (let yy = Math.max(0, y); yy < Math.min(png.height, y + h); yy++) {
    for (let xx = Math.max(0, x); xx < Math.min(png.width, x + w); xx++) {
      const i = (yy * png.width + xx) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
}

function text(png: PNG, label: Label): void {
  const chars = [...label.text.toUpperCase()];
  const width = chars.length * 4 * PX - PX;
  const x0 =
    label.anchor === 'end' ? label.x - width : label.anchor === 'middle' ? label.x - width / 2 : label.x;
  chars.forEach((ch, n) => {
    const bits = GLYPHS[ch];
    if (!bits) return;
    for (let i = 0; i < 15; i++) {
      if (bits[i] !== '1') continue;
      const gx = Math.round(x0 + n * 4 * PX + (i % 3) * PX);
      fill(png, gx, Math.round(label.y - 2.5 * PX + Math.floor(i / 3) * PX), PX, PX, INK);
    }
  });
}

/** The daily chart as a PNG, drawn pixel by pixel (no canvas): stacked bars, axes, ticks, labels and legend. */
export function dailyChartPng(daily: DailyCount[]): Buffer {
  const layout = layoutDailyChart(daily);
  const png = new PNG({ width: layout.width, height: layout.height });
  fill(png, 0, 0, png.width, png.height, [255, 255, 255]);
  for (const r of layout.rects) fill(png, r.x, r.y, r.w, r.h, r.colour);
  for (const l of layout.lines) {
    fill(
      png,
      Math.min(l.x1, l.x2),
      Math.min(l.y1, l.y2),
      Math.abs(l.x2 - l.x1) + 1,
      Math.abs(l.y2 - l.y1) + 1,
      INK,
    );
  }
  for (const label of layout.labels) text(png, label);
  return PNG.sync.write(png);
}
