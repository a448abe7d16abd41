import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { layoutDailyChart, niceStep } from '../../src/stats/chart-layout.js';
import { dailyChartPng } from '../../src/stats/chart-png.js';
import { dailyChartSvg } from '../../src/stats/chart-svg.js';
import type { DailyCount } from '../../src/stats/compute.js';

const day = (d: string, answered: number, refused = 0): DailyCount => ({
  day: d,
  total: answered + refused,
  byStatus: { answered, not_found: 0, refused, help: 0 },
});

describe('daily chart', () => {
  it.each([
    [0, 1],
    [4, 1],
    [9, 2],
    [23, 5],
    [100, 20],
    [1234, 500],
  ])('a max of %i gets a y step of %i', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('stacks each day’s statuses into bars whose heights add up', () => {
    const layout = layoutDailyChart([day('2026-03-01', 3, 1), day('2026-03-02', 0)]);
    const bars = layout.rects.filter((r) => r.y > 30);
    expect(bars).toHaveLength(2);
    expect(bars[0]!.h / bars[1]!.h).toBeCloseTo(3, 1);
    expect(layout.labels.map((l) => l.text)).toContain('03-01');
  });

  it('draws a PNG and an SVG of the same size, even for an empty window', () => {
    const png = PNG.sync.read(dailyChartPng([day('2026-03-01', 0)]));
    const svg = dailyChartSvg([day('2026-03-01', 0)]);
    expect(svg).toContain(`width="${png.width}" height="${png.height}"`);
  });
});
