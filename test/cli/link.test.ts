import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLink } from '../../src/cli/link.js';
import { listen, sendJson } from '../helpers/http-server.js';

// jsqr is CommonJS typed as an ES default export: take whichever shape the loader hands us.
type Decode = typeof jsQRModule.default;
const jsQR: Decode =
  (jsQRModule as unknown as { default?: Decode }).default ?? (jsQRModule as unknown as Decode);

let dir: string;
let api: Awaited<ReturnType<typeof listen>>;
let getMeCalls = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'link-'));
  await writeFile(
    join(dir, 'partners.yaml'),
    'partners:\n  - { code: demo-almaty, name: Example, country: KZ }\n',
  );
  api = await listen((req, _body, res) => {
    if (req.url === '/botTEST:TOKEN/getMe') {
      getMeCalls++;
      return sendJson(res, 200, {
        ok: true,
        result: { id: 1, is_bot: true, first_name: 'Counterpoint', username: 'CounterpointTestBot' },
      });
    }
    sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
  });
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const run = async (argv: string[], env: Record<string, string>) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLink(
    argv,
    { KNOWLEDGE_DIR: dir, ...env },
    { out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const decodePng = async (file: string) => {
  const png = PNG.sync.read(await readFile(file));
  return { width: png.width, text: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data };
};

describe('npm run link', () => {
  it('asks getMe for the username and writes a QR code that decodes back to the link', async () => {
    const out = join(dir, 'qr');
    const r = await run(['demo-almaty', '--out', out], {
      TELEGRAM_BOT_TOKEN: 'TEST:TOKEN',
      TELEGRAM_API_ROOT: api.url,
    });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('https://t.me/CounterpointTestBot?start=demo-almaty');
    expect(r.out).toContain('https://t.me/CounterpointTestBot?startgroup=demo-almaty');
    expect(getMeCalls).toBe(1);
    const png = await decodePng(join(out, 'demo-almaty.png'));
    expect(png.text).toBe('https://t.me/CounterpointTestBot?start=demo-almaty');
    expect(png.width).toBeGreaterThanOrEqual(1024);
    expect(await readFile(join(out, 'demo-almaty.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('uses BOT_USERNAME without any network call and warns about an unknown code', async () => {
    const before = getMeCalls;
    const r = await run(['not-listed', '--out', join(dir, 'qr2')], { BOT_USERNAME: '@OtherBot' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('https://t.me/OtherBot?start=not-listed');
    expect(r.err).toMatch(/not-listed.*not in/);
    expect(getMeCalls).toBe(before);
  });

  it.each([
    [['bad code!'], {}, /cannot be a deep-link code/],
    [[], {}, /Usage/],
    [['demo-almaty'], {}, /Set BOT_USERNAME/],
  ])('fails clearly for %j', async (argv, env, message) => {
    const r = await run(argv, env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('explains a failed getMe without echoing the token', async () => {
    const r = await run(['demo-almaty', '--out', join(dir, 'qr3')], {
      TELEGRAM_BOT_TOKEN: 'WRONG:SECRET',
      TELEGRAM_API_ROOT: api.url,
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/getMe failed/);
    expect(r.err).not.toContain('WRONG:SECRET');
  });
});
