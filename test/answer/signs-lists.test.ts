// A question about signs gets the signs as bullets, "…and N more" when they do not all fit, all of them when asked.
import { describe, expect, it } from 'vitest';
import { useStarterApp } from '../helpers/starter-app.js';

const { ask } = useStarterApp('signs-lists-');
const bullets = (text: string) => text.split('\n').filter((l) => l.startsWith('• ')).length;

describe('signs lists over the real folder', () => {
  it('a worried parent asking the signs gets bullets and "…and N more" above the line asking for the country', async () => {
    const a = await ask('What are the warning signs that my teenage son is being radicalised online?');
    expect(bullets(a.text)).toBeGreaterThanOrEqual(2);
    expect(a.text).toMatch(/…and \d more/);
    expect(a.text).toContain('tell me your country');
  });
  it('"барлық белгілерді айтып беріңізші" gets all six signs in Kazakh', async () => {
    const a = await ask('барлық белгілерді айтып беріңізші');
    expect(a.citations[0]?.docId).toBe('faq/warning-signs-kk.md');
    expect(bullets(a.text)).toBe(6);
  });
  it('a Russian parent gets the services, then the signs as bullets', async () => {
    const a = await ask('Какие признаки того, что мой сын радикализируется?');
    const [services, rest] = a.text.split('\n\n');
    expect(services).toContain('112');
    expect(bullets(rest ?? '')).toBeGreaterThanOrEqual(2);
    expect(rest).toMatch(/…и ещё \d/);
  });
});
