import { describe, expect, it } from 'vitest';
import { createGate } from '../../src/ops/gate.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the in-bot gate', () => {
  it('lets `limit` in and the next one in arrival order as soon as one leaves', async () => {
    const gate = createGate(2);
    const order: string[] = [];
    const a = await gate.enter();
    await gate.enter();
    void gate.enter().then(() => order.push('c'));
    void gate.enter().then(() => order.push('d'));
    await tick();
    expect(order).toEqual([]);
    a();
    await tick();
    expect(order).toEqual(['c']);
    expect(gate.inside()).toBe(2);
  });

  it('counts a second leave of the same holder as nothing (left early, then settled)', async () => {
    const gate = createGate(1);
    const leave = await gate.enter();
    leave();
    leave();
    expect(gate.inside()).toBe(0);
    await gate.enter();
    let third = false;
    void gate.enter().then(() => (third = true));
    await tick();
    expect(third).toBe(false);
  });
});
